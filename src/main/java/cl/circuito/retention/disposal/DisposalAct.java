package cl.circuito.retention.disposal;

import cl.circuito.shared.privacy.RecordKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One act of disposal: what kind of record, whose (program or Mesa), when, by whom, why and how many. It names no
 * child: the records' ids no longer lead to one.
 */
public record DisposalAct(UUID id, RecordKind kind, RecordKind.Holder holder, UUID holderId, Instant disposedAt,
                          UUID disposedBy, String disposedByName, String reason, int recordCount,
                          List<UUID> recordIds) {

    public DisposalAct {
        recordIds = List.copyOf(recordIds);
    }
}

package cl.circuito.retention.disposal.web;

import cl.circuito.retention.disposal.DisposalAct;
import cl.circuito.retention.disposal.RecordRetention;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Messages;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the retention API answers, and the calls both its addresses (a program's, a Mesa's) make on the service: the
 * same scope, rules, act and audit as the pages.
 */
@Component
class RetentionApiRecords {

    private final CurrentActor currentActor;
    private final RecordRetention retention;
    private final Messages messages;

    RetentionApiRecords(CurrentActor currentActor, RecordRetention retention, Messages messages) {
        this.currentActor = currentActor;
        this.retention = retention;
        this.messages = messages;
    }

    List<RetentionKindResponse> kinds(RecordKind.Holder holder, UUID holderId) {
        return retention.overview(currentActor.get(), holder, holderId, 0, 1).kinds().stream()
                .map(k -> new RetentionKindResponse(KindSlugs.of(k.kind()), messages.get(k.kind().key("name")),
                        k.retention(), k.due(), k.upcoming()))
                .toList();
    }

    RetentionPageResponse<DueRecordResponse> due(RecordKind.Holder holder, UUID holderId, String kind, int page,
                                                 int size) {
        return RetentionPageResponse.of(retention.due(currentActor.get(), KindSlugs.parse(kind, holder), holderId, page,
                size).records(), DueRecordResponse::of);
    }

    RecordDisposalResponse dispose(RecordKind.Holder holder, UUID holderId, String kind, DisposalChoice choice) {
        RecordRetention.Disposal disposal = retention.dispose(currentActor.get(), KindSlugs.parse(kind, holder),
                holderId, choice.recordIds(), choice.reason());
        return new RecordDisposalResponse(DisposalActResponse.of(disposal.act()),
                disposal.records().stream().map(DueRecordResponse::of).toList());
    }

    RetentionPageResponse<DisposalActResponse> acts(RecordKind.Holder holder, UUID holderId, int page, int size) {
        return RetentionPageResponse.of(retention.acts(currentActor.get(), holder, holderId, page, size),
                DisposalActResponse::of);
    }

    record RetentionKindResponse(String kind, String name, String retention, int due, int dueWithin90Days) {
    }

    record DueRecordResponse(UUID id, String label, String detail, LocalDate recordDate, LocalDate dueSince) {
        static DueRecordResponse of(DueRecord r) {
            return new DueRecordResponse(r.id(), r.label(), r.detail(), r.recordDate(), r.dueSince());
        }
    }

    record DisposalActResponse(UUID id, String kind, Instant disposedAt, String disposedBy, String reason,
                               int records) {
        static DisposalActResponse of(DisposalAct act) {
            return new DisposalActResponse(act.id(), KindSlugs.of(act.kind()), act.disposedAt(),
                    act.disposedByName(), act.reason(), act.recordCount());
        }
    }

    record RecordDisposalResponse(DisposalActResponse act, List<DueRecordResponse> disposed) {
    }

    record RetentionPageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
        static <R, T> RetentionPageResponse<T> of(Page<R> page, Function<R, T> mapper) {
            return new RetentionPageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                    page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }
}

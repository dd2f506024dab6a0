package cl.circuito.waitinglist.retention;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the director chose to dispose of and why, checked before anything is read: at least one record, and a
 * written reason (the record of disposal the audit trail keeps with each one).
 */
record DisposalChoice(Set<UUID> ids, String reason) {

    static final String RECORD_IDS = "recordIds";
    static final int REASON_MAX = 1000;

    static DisposalChoice of(Collection<UUID> recordIds, String reason) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (recordIds != null) {
            recordIds.stream().filter(Objects::nonNull).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            throw DisposalRefused.invalid(RECORD_IDS, "waitinglist.retention.error.noneSelected");
        }
        if (reason == null || reason.isBlank()) {
            throw DisposalRefused.invalid("reason", "waitinglist.retention.error.reason");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw DisposalRefused.invalid("reason", "waitinglist.retention.error.reasonTooLong", REASON_MAX);
        }
        return new DisposalChoice(java.util.Collections.unmodifiableSet(ids), reason.strip());
    }
}

package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AdmissionInterviews extends JpaRepository<AdmissionInterview, UUID> {

    /** The interview the entry's admission rests on, or empty while not scheduled or not yet interviewed. */
    default Optional<AdmissionInterview> current(WaitingListEntry entry) {
        return entry.scheduledAt() == null ? Optional.empty()
                : findFirstByEntryIdAndRecordedAtGreaterThanEqualOrderByRecordedAtDesc(entry.id(), entry.scheduledAt());
    }

    /**
     * The interview of the current scheduling: the latest one recorded since the child was last scheduled; one
     * recorded before belongs to an earlier scheduling and does not count.
     */
    Optional<AdmissionInterview> findFirstByEntryIdAndRecordedAtGreaterThanEqualOrderByRecordedAtDesc(UUID entryId,
                                                                                                   Instant scheduledAt);

    List<AdmissionInterview> findByEntryId(UUID entryId);
}

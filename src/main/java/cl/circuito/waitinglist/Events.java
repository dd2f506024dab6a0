package cl.circuito.waitinglist;

import cl.circuito.waitinglist.entry.MovesTheRanking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the waiting list tells other modules (letters draft oficios from these, reporting counts them).
 */
public final class Events {

    private Events() {
    }

    public record ReferralRegistered(UUID entryId, UUID programId, UUID childId, LocalDate receivedOn,
                                     LocalDate admissibilityDueOn) implements EntryFactsEvent {
    }

    public record ChildDeclaredEligible(UUID entryId, UUID programId, LocalDate decidedOn) implements MovesTheRanking, EntryFactsEvent {
    }

    /** Carries what the "not eligible" oficio needs: the referrer and the more pertinent program. */
    public record ChildDeclaredIneligible(UUID entryId, UUID programId, UUID referrerId, LocalDate decidedOn,
                                          String reason, UUID pertinentProgramId, String pertinentProgramName)
            implements EntryFactsEvent {
    }

    public record DecisionReopened(UUID entryId, UUID programId, String reason)
            implements MovesTheRanking, EntryFactsEvent {
    }

    public record EntryExited(UUID entryId, UUID programId, ExitReason reason, LocalDate exitedOn)
            implements MovesTheRanking, EntryFactsEvent {
    }

    /**
     * The child's identity (names, RUT, birth date) was corrected from this entry; the child's other entries
     * name the same child, so their letters follow too.
     */
    public record ChildCorrected(UUID entryId, UUID programId, UUID childId) implements EntryFactsEvent {
    }

    /**
     * A program's earlier list was brought in: one event for the whole batch, so the estimates are recomputed once
     * rather than once per imported child.
     */
    public record ListImported(UUID programId, UUID importId, int created) implements MovesTheRanking {
    }
}

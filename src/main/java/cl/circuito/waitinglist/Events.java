package cl.circuito.waitinglist;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the waiting list tells other modules (letters draft oficios from these, reporting counts them).
 */
public final class Events {

    private Events() {
    }

    public record ReferralRegistered(UUID entryId, UUID programId, UUID childId, LocalDate receivedOn,
                                     LocalDate admissibilityDueOn) {
    }

    public record ChildDeclaredEligible(UUID entryId, UUID programId, LocalDate decidedOn) implements MovesTheRanking {
    }

    /** Carries what the "not eligible" oficio needs: the referrer and the more pertinent program. */
    public record ChildDeclaredIneligible(UUID entryId, UUID programId, UUID referrerId, LocalDate decidedOn,
                                          String reason, UUID pertinentProgramId, String pertinentProgramName) {
    }

    public record DecisionReopened(UUID entryId, UUID programId, String reason) implements MovesTheRanking {
    }

    public record EntryExited(UUID entryId, UUID programId, ExitReason reason, LocalDate exitedOn) implements MovesTheRanking {
    }
}

package cl.circuito.waitinglist.priority;

import cl.circuito.waitinglist.entry.MovesTheRanking;

import java.util.UUID;

/** What the priority guide tells other modules (the ranking re-reads, alerts may react). */
public final class PriorityEvents {

    private PriorityEvents() {
    }

    /** The guide was applied: {@code priority} is the final one (a standing override included). */
    public record PriorityAssessed(UUID entryId, UUID programId, UUID assessmentId, int priority, int score,
                                   int noDataCount) implements MovesTheRanking {
    }

    /** The director changed the priority by hand, with a written reason; null {@code priority}: override removed. */
    public record PriorityOverridden(UUID entryId, UUID programId, UUID assessmentId, Integer priority,
                                     int computedPriority, String reason) implements MovesTheRanking {
    }
}

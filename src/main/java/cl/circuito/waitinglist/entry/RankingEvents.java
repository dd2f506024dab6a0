package cl.circuito.waitinglist.entry;

import java.util.UUID;

/**
 * What a manual place in the ranking (prelación) tells the rest of the waiting list: the monthly plan and the
 * estimates read it anew. Raised by the entry, which keeps the place, so it lives with it.
 */
public final class RankingEvents {

    private RankingEvents() {
    }

    /**
     * A child was placed by hand in the program's ranking, or went back to the guide's order.
     *
     * @param manualPosition the position set, or null when the manual placement was removed
     */
    public record RankingChanged(UUID programId, UUID entryId, Integer manualPosition) implements MovesTheRanking {
    }
}

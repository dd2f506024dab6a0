package cl.circuito.waitinglist.ranking;

import cl.circuito.waitinglist.admission.MovesTheRanking;

import java.util.UUID;

/** What the ranking (prelación) tells other modules: the monthly plan and the estimates read it anew. */
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

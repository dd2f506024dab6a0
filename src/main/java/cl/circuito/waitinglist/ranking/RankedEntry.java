package cl.circuito.waitinglist.ranking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A waiting child's place in the program's ranking (prelación).
 *
 * @param rank          1 is admitted first
 * @param reason        why it is here rather than above
 * @param comparedWith  the child just above in the natural order, which {@code reason} refers to (null when
 *                      first or manual)
 * @param manualPosition the position the director set by hand, or null
 */
public record RankedEntry(UUID entryId, int rank, Integer priority, Integer score, LocalDate receivedOn,
                          Integer manualPosition, RankReason reason, UUID comparedWith) {

    public boolean manual() {
        return manualPosition != null;
    }
}

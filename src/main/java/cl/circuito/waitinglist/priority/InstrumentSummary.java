package cl.circuito.waitinglist.priority;

import java.time.Instant;
import java.util.UUID;

/**
 * One instrument version in the administrator's list.
 *
 * @param assessments how many assessments used this version (they keep pointing at it)
 * @param programs    how many programs chose this version explicitly
 */
public record InstrumentSummary(UUID id, String code, String name, int versionNumber, int defaultCut, int itemCount,
                                Instant publishedAt, String publishedByName, boolean latest, long assessments,
                                long programs) {

    public String label() {
        return code + " v" + versionNumber;
    }
}

package cl.circuito.waitinglist.ranking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a program's ranking (prelación) as the director reads it, with why the child stands there.
 *
 * @param version        the entry's version, for a move made from this line
 * @param priority       1 or 2, null while the priority guide has not been applied
 * @param comparedWith   the child just above in the guide's order, which {@code explanation} names
 * @param manualPosition the position set by hand, or null
 * @param explanation    a Spanish sentence: "Prioridad 1 con 9 puntos: después de A. B. C. (…), que tiene mayor puntaje."
 */
public record RankingRow(UUID entryId, long version, int rank, String childName, Integer age, Integer priority,
                         Integer score, boolean priorityOverridden, LocalDate receivedOn, long daysWaiting,
                         Integer manualPosition, String manualReason, String manualByName, Instant manualAt,
                         RankReason reason, UUID comparedWith, String explanation) {

    public boolean manual() {
        return manualPosition != null;
    }
}

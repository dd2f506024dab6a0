package cl.circuito.waitinglist.entry;

import cl.circuito.network.ReferrerKind;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of the waiting list as the director sees it.
 *
 * @param deadline null once the admissibility decision is made
 * @param priority 1 or 2 once the priority guide is applied, else null; {@code priorityOverridden} when the
 *                 director changed the guide's result
 */
public record EntryRow(UUID id, UUID programId, String programName, String childName, Integer age, String rut,
                       String referrerName, ReferrerKind referrerKind, LocalDate receivedOn, EntryStatus status,
                       ExitReason exitReason, Deadline deadline, Integer priority, Integer score,
                       boolean priorityOverridden) {
}

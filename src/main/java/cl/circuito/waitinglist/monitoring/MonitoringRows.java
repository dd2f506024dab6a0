package cl.circuito.waitinglist.monitoring;

import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;

import java.time.LocalDate;
import java.util.UUID;

/** The rows the monitoring pages and API show, read in one query per list. */
public final class MonitoringRows {

    private MonitoringRows() {
    }

    /**
     * A child of a plan or of a proposal.
     *
     * @param lastMonitoredOn      the last monitoring action ever, null if never monitored
     * @param monitoredInMonthOn   the last action that counts for the plan's month, null if none yet
     * @param exitedOn             when the child left the list (admitted or another exit), null while on it
     */
    public record PlannedChild(UUID entryId, String childName, EntryStatus status, Integer priority, Integer score,
                               LocalDate receivedOn, MonitoringPlanReason reason, LocalDate lastMonitoredOn,
                               LocalDate monitoredInMonthOn, String removalReason, String removedByName,
                               ExitReason exitReason, LocalDate exitedOn) {

        public boolean done() {
            return monitoredInMonthOn != null;
        }
    }

    /** A child on the list, e.g. never monitored, or one the director may add to the plan. */
    public record WaitingChild(UUID entryId, String childName, EntryStatus status, Integer priority, Integer score,
                               LocalDate receivedOn) {
    }

    public record JudicialActionRow(UUID id, long version, UUID entryId, UUID programId, String childName,
                                    JudicialActionStatus status, JudicialActionKind kind, LocalDate openedOn,
                                    LocalDate requestedOn, LocalDate answeredOn, String courtAnswer) {
    }

    /**
     * A waiting child due for re-validation of its long wait.
     *
     * @param weeksWaited       whole weeks since receipt, as of today
     * @param due               the set point crossed and the day it was reached
     * @param lastRevalidatedOn the last re-validation, null if never
     */
    public record DueForRevalidation(UUID entryId, UUID programId, String childName, Integer priority,
                                     LocalDate receivedOn, int weeksWaited, RevalidationSchedule.Due due,
                                     LocalDate lastRevalidatedOn) {
    }
}

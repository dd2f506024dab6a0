package cl.circuito.waitinglist;

import cl.circuito.waitinglist.monitoring.JudicialActionKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What monitoring and judicial actions tell other modules: the letters module drafts the oficio to the
 * court from these (a request for protection, then the court's answer on file).
 */
public final class MonitoringEvents {

    private MonitoringEvents() {
    }

    public record MonitoringRecorded(UUID monitoringActionId, UUID entryId, UUID programId, MonitoringActionKind kind,
                                     MonitoringOutcome outcome, LocalDate performedOn) implements EntryFactsEvent {
    }

    /** A monitoring action found the child not protected; a judicial-action task was opened. */
    public record ChildFoundNotProtected(UUID entryId, UUID programId, UUID monitoringActionId,
                                         UUID judicialActionId, LocalDate on) implements EntryFactsEvent {
    }

    /** The director asked the court for a medida cautelar or an extraordinary hearing. */
    public record JudicialActionRequested(UUID judicialActionId, UUID entryId, UUID programId, JudicialActionKind kind,
                                          LocalDate requestedOn) implements EntryFactsEvent {
    }

    /** The court answered; the task is closed. */
    public record JudicialActionResolved(UUID judicialActionId, UUID entryId, UUID programId, JudicialActionKind kind,
                                         LocalDate answeredOn) implements EntryFactsEvent {
    }
}

package cl.circuito.waitinglist;

import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.entry.MovesTheRanking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What the monthly admission tells other modules: letters drafts the oficio of the estimated admission date
 * (and its updates) and the one stating the effective admission; reporting counts admissions and closures.
 */
public final class AdmissionEvents {

    private AdmissionEvents() {
    }

    /** @param deviationReason why the director chose this child outside the proposal, or null */
    public record ChildScheduledForAdmission(UUID entryId, UUID programId, UUID childId, YearMonth month,
                                             String deviationReason) implements MovesTheRanking, EntryFactsEvent {
    }

    public record AdmissionUnscheduled(UUID entryId, UUID programId, String reason)
            implements MovesTheRanking, EntryFactsEvent {
    }

    public record AdmissionInterviewRecorded(UUID entryId, UUID programId, LocalDate heldOn) implements EntryFactsEvent {
    }

    /** The effective admission: the oficio to the court says so. */
    public record ChildAdmitted(UUID entryId, UUID programId, UUID childId, UUID referrerId, LocalDate admittedOn)
            implements EntryFactsEvent {
    }

    /** @param entryId null for a case that predates Circuito */
    public record ActiveCaseOpened(UUID caseId, UUID programId, UUID childId, UUID entryId, LocalDate admittedOn) implements MovesTheRanking {
    }

    public record ActiveCaseClosed(UUID caseId, UUID programId, UUID childId, LocalDate closedOn,
                                   CaseCloseReason reason) implements MovesTheRanking {
    }

    /** @param previous null for a child's first estimate */
    public record EstimatedAdmissionDateChanged(UUID entryId, UUID programId, LocalDate previous, LocalDate current)
            implements EntryFactsEvent {
    }
}

package cl.circuito.waitinglist.dashboard;

import cl.circuito.network.ProgramSummary;
import cl.circuito.waitinglist.admission.Places;
import cl.circuito.waitinglist.monitoring.MonitoringProgress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a director sees of the program at a glance.
 *
 * @param medianWaitDays  calendar days since receipt, over the children waiting; null when none waits
 * @param trend           the last 12 months, oldest first, the current one up to today
 * @param breaches        the wait against the target, in business days (issue 18)
 */
public record ProgramDashboard(ProgramSummary program, LocalDate asOf, int priorityOne, int priorityTwo,
                               int notAssessed, int waiting, int scheduled, int underReview, int overdueDecisions,
                               Integer medianWaitDays, Integer longestWaitDays, MonitoringProgress monitoring,
                               boolean monitoringBehind, int openJudicialActions, Places places,
                               List<Month> trend, Breaches breaches) {

    /** Open children over the program's target wait now, and those who will be by the end of the month. */
    public record Breaches(int targetBusinessDays, boolean inheritedTarget, int breached, int breachingThisMonth) {
    }

    public record Month(YearMonth month, int onList, int received, int admitted) {
    }
}

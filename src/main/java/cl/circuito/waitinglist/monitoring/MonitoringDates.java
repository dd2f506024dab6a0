package cl.circuito.waitinglist.monitoring;

import cl.circuito.shared.text.ChileanDates;
import java.time.LocalDate;

/** The date rules monitoring and judicial actions share: required, and never in the future. */
final class MonitoringDates {

    private MonitoringDates() {
    }

    static void requirePastOrToday(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw MonitoringRuleViolation.invalid(field, "monitoring.error.dateRequired");
        }
        if (date.isAfter(today)) {
            throw MonitoringRuleViolation.invalid(field, "monitoring.error.dateInFuture");
        }
    }

    /** Past or today, and not before {@code earliest} (the step it follows). */
    static void requireBetween(String field, LocalDate date, LocalDate earliest, String earliestKey, LocalDate today) {
        requirePastOrToday(field, date, today);
        if (date.isBefore(earliest)) {
            throw MonitoringRuleViolation.invalid(field, earliestKey, ChileanDates.day(earliest));
        }
    }
}

package cl.circuito.waitinglist.entry;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.WaitingListQueries;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Admissibility decisions overdue (red) or due within 3 business days (amber), in the actor's
 * programs, each naming the child and linking to the entry where the director decides.
 */
@Component
class DeadlineAlerts implements AlertSource {


    private final WaitingListQueries queries;

    DeadlineAlerts(WaitingListQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        return queries.needingDecision(actor, today).stream().map(DeadlineAlerts::alert).toList();
    }

    static Alert alert(EntryRow row) {
        Deadline deadline = row.deadline();
        String link = "/entries/" + row.id();
        if (deadline.overdue()) {
            // Overdue only across a weekend or holiday: "0 business days ago" would read as not overdue.
            return deadline.businessDaysOverdue() > 0
                    ? alert(AlertKind.DEADLINE_OVERDUE, row, "alerts.deadline.overdue", deadline.businessDaysOverdue(), link)
                    : alert(AlertKind.DEADLINE_OVERDUE, row, "alerts.deadline.overdueOn", ChileanDates.day(deadline.dueOn()), link);
        }
        return deadline.businessDaysLeft() == 0
                ? new Alert(AlertKind.DEADLINE_SOON, row.programId(), row.programName(), "alerts.deadline.dueToday",
                List.of(row.childName()), link, deadline.dueOn())
                : alert(AlertKind.DEADLINE_SOON, row, "alerts.deadline.soon", deadline.businessDaysLeft(), link);
    }

    private static Alert alert(AlertKind kind, EntryRow row, String key, Object detail, String link) {
        return new Alert(kind, row.programId(), row.programName(), key, List.of(row.childName(), detail), link,
                row.deadline().dueOn());
    }
}

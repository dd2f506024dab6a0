package cl.circuito.alerts;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything that needs a user's attention today, gathered from every module's {@link AlertSource}
 * within the user's scope, most urgent first. Users who may not read child records (the
 * administrator) have no alerts.
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

    /** Kind (most urgent first), then the date that makes it urgent (earliest first), then program. */
    static final Comparator<Alert> ORDER = Comparator.comparing(Alert::kind)
            .thenComparing(Alert::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Alert::programName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Alert::link, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ObjectProvider<AlertSource> sources;

    Alerts(ObjectProvider<AlertSource> sources) {
        this.sources = sources;
    }

    /** The actor's alerts in the order the day page and the digest show them. */
    public List<Alert> of(Actor actor, LocalDate today) {
        if (!actor.can(Permission.READ_CHILD_RECORDS)) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        sources.orderedStream().forEach(source -> alerts.addAll(source.alertsFor(actor, today)));
        alerts.sort(ORDER);
        return List.copyOf(alerts);
    }

    /** The same alerts grouped by kind, with their counts. */
    public AlertBoard board(Actor actor, LocalDate today) {
        return new AlertBoard(of(actor, today));
    }
}

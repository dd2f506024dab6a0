package cl.circuito.alerts;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

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
public class Alerts {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    /** Kind (most urgent first), then the date that makes it urgent (earliest first), then program. */
    static final Comparator<Alert> ORDER = Comparator.comparing(Alert::kind)
            .thenComparing(Alert::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Alert::programName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Alert::link, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ObjectProvider<AlertSource> sources;

    Alerts(ObjectProvider<AlertSource> sources) {
        this.sources = sources;
    }

    /**
     * The actor's alerts in the order the day page and the digest show them. Strict: a source that fails
     * fails the call (the digest then retries rather than send an incomplete count).
     */
    public List<Alert> of(Actor actor, LocalDate today) {
        if (!actor.can(Permission.READ_CHILD_RECORDS)) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        sources.orderedStream().forEach(source -> alerts.addAll(source.alertsFor(actor, today)));
        alerts.sort(ORDER);
        return List.copyOf(alerts);
    }

    /**
     * The same alerts grouped by kind, with their counts, for the pages. Lenient: each source runs on its
     * own (no shared transaction, so one failed query does not abort the others' reads), and a source that
     * fails is logged and the board marked incomplete, so the day page still shows the rest.
     */
    public AlertBoard board(Actor actor, LocalDate today) {
        if (!actor.can(Permission.READ_CHILD_RECORDS)) {
            return AlertBoard.empty();
        }
        List<Alert> alerts = new ArrayList<>();
        boolean complete = true;
        for (AlertSource source : sources.orderedStream().toList()) {
            try {
                alerts.addAll(source.alertsFor(actor, today));
            } catch (RuntimeException e) {
                log.error("Alert source {} failed for user {}", source.getClass().getSimpleName(), actor.userId(), e);
                complete = false;
            }
        }
        alerts.sort(ORDER);
        return new AlertBoard(alerts, complete);
    }
}

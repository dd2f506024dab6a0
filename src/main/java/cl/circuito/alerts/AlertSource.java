package cl.circuito.alerts;

import cl.circuito.shared.security.Actor;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the alerts: what needs this actor's attention today, within the
 * actor's scope only. Implemented by the modules that own the data; must not run a query per row.
 */
public interface AlertSource {

    List<Alert> alertsFor(Actor actor, LocalDate today);
}

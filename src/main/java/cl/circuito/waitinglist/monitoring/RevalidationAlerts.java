package cl.circuito.waitinglist.monitoring;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One alert per program of the actor with children due for re-validation this month and not re-validated yet. For
 * whoever plans the month's monitoring: the director.
 */
@Component
class RevalidationAlerts implements AlertSource {

    private final ProgramDirectory programs;
    private final Revalidations revalidations;

    RevalidationAlerts(ProgramDirectory programs, Revalidations revalidations) {
        this.programs = programs;
        this.revalidations = revalidations;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.PLAN_MONITORING)) {
            return List.of();
        }
        Map<UUID, ProgramSummary> visible = programs.visibleTo(actor.scope()).stream()
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        YearMonth month = YearMonth.from(today);
        Map<UUID, Long> due = revalidations.dueThisMonth(visible.keySet()).stream()
                .collect(Collectors.groupingBy(MonitoringRows.DueForRevalidation::programId, Collectors.counting()));
        return due.entrySet().stream()
                .sorted(Comparator.comparing(e -> visible.get(e.getKey()).name()))
                .map(e -> new Alert(AlertKind.REVALIDATIONS_DUE, e.getKey(), visible.get(e.getKey()).name(),
                        "revalidation.alert.due", List.of(e.getValue()),
                        "/programs/" + e.getKey() + "/monitoring?month=" + month + "#revalidations",
                        month.atEndOfMonth()))
                .toList();
    }
}

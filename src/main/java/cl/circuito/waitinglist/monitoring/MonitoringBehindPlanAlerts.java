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
 * One alert per program of the actor whose current month's monitoring is behind its plan (see
 * {@link MonitoringProgress#behindOn}). For those who monitor: directors and professionals.
 */
@Component
class MonitoringBehindPlanAlerts implements AlertSource {

    private final ProgramDirectory programs;
    private final MonitoringReadModel readModel;

    MonitoringBehindPlanAlerts(ProgramDirectory programs, MonitoringReadModel readModel) {
        this.programs = programs;
        this.readModel = readModel;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.RECORD_MONITORING)) {
            return List.of();
        }
        Map<UUID, ProgramSummary> visible = programs.visibleTo(actor.scope()).stream()
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        YearMonth month = YearMonth.from(today);
        return readModel.planCounts(visible.keySet(), month).values().stream()
                .filter(progress -> progress.behindOn(today))
                .sorted(Comparator.comparing(progress -> visible.get(progress.programId()).name()))
                .map(progress -> new Alert(AlertKind.MONITORING_BEHIND_PLAN, progress.programId(),
                        visible.get(progress.programId()).name(), "monitoring.alert.behindPlan",
                        List.of(progress.done(), progress.planned(), progress.expectedBy(today)),
                        "/programs/" + progress.programId() + "/monitoring?month=" + month,
                        month.atEndOfMonth()))
                .toList();
    }
}

package cl.circuito.waitinglist.monitoring;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.monitoring.MonitoringRows.JudicialActionRow;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One alert per unresolved judicial action in the actor's programs: a child found not protected stays at
 * the top of the day until the court answers. It names the child, so only readers of child records get it.
 */
@Component
class JudicialActionAlerts implements AlertSource {

    private final ProgramDirectory programs;
    private final MonitoringReadModel readModel;

    JudicialActionAlerts(ProgramDirectory programs, MonitoringReadModel readModel) {
        this.programs = programs;
        this.readModel = readModel;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.READ_CHILD_RECORDS)) {
            return List.of();
        }
        Map<UUID, ProgramSummary> visible = programs.visibleTo(actor.scope()).stream()
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        return readModel.unresolvedJudicialActions(visible.keySet()).stream()
                .map(row -> alert(row, visible.get(row.programId())))
                .toList();
    }

    private static Alert alert(JudicialActionRow row, ProgramSummary program) {
        boolean requested = row.status() == JudicialActionStatus.REQUESTED;
        // One message per kind of request, so the alert reads whole whoever renders it.
        String key = requested ? "judicial.alert.requested." + row.kind() : "judicial.alert.open";
        List<Object> args = requested
                ? List.of(row.childName(), ChileanDates.day(row.openedOn()), ChileanDates.day(row.requestedOn()))
                : List.of(row.childName(), ChileanDates.day(row.openedOn()));
        return new Alert(AlertKind.JUDICIAL_ACTION_OPEN, row.programId(), program.name(), key, args,
                "/entries/" + row.entryId() + "#judicial", row.openedOn());
    }
}

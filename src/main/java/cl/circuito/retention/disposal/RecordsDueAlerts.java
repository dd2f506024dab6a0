package cl.circuito.retention.disposal;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The periodic listing of what is due: one alert per program (for its director) and per Mesa (for its
 * co-facilitators) whose records have reached the end of their retention, on the day page and so in the e-mail
 * digest, every working day until someone acts. Disposal is an act, so records wait for it; nothing is disposed of
 * by the passing of time alone. Counts only, no child; one query per kind for all the actor's programs.
 */
@Component
class RecordsDueAlerts implements AlertSource {

    private final RecordRetention retention;
    private final ProgramDirectory programs;
    private final MesaAccess mesaAccess;
    private final MesaHeaders mesaHeaders;

    RecordsDueAlerts(RecordRetention retention, ProgramDirectory programs, MesaAccess mesaAccess,
                     MesaHeaders mesaHeaders) {
        this.retention = retention;
        this.programs = programs;
        this.mesaAccess = mesaAccess;
        this.mesaHeaders = mesaHeaders;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        if (actor.can(Permission.DISPOSE_RECORDS)) {
            List<ProgramSummary> visible = programs.visibleTo(actor.scope());
            Map<UUID, Integer> due = retention.dueCounts(RecordKind.Holder.PROGRAM,
                    visible.stream().map(ProgramSummary::id).toList());
            visible.stream().filter(p -> due.containsKey(p.id())).forEach(p -> alerts.add(new Alert(
                    AlertKind.RECORDS_DUE_FOR_DISPOSAL, p.id(), p.name(), "retention.alert.due",
                    List.of(due.get(p.id())), "/programs/" + p.id() + "/retention", today)));
        }
        Set<UUID> mesas = mesaAccess.coFacilitatedMesaIds(actor);
        Map<UUID, Integer> due = retention.dueCounts(RecordKind.Holder.MESA, mesas);
        // Only the Mesas with records due are named: rarely more than one.
        due.forEach((mesa, count) -> alerts.add(new Alert(AlertKind.RECORDS_DUE_FOR_DISPOSAL, mesa,
                mesaHeaders.of(actor, mesa).name(), "retention.alert.due", List.of(count),
                "/mesas/" + mesa + "/retention", today)));
        return alerts;
    }
}

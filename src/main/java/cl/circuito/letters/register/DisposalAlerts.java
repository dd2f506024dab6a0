package cl.circuito.letters.register;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One alert per program with letters past their retention, for whoever may dispose of them: disposal is an
 * act, so the letters wait until the director does it, and the director is told they wait. It names no
 * child, only how many letters. One query for all the actor's programs.
 */
@Component
class DisposalAlerts implements AlertSource {

    private final ProgramDirectory programs;
    private final LetterRegisterSearch search;

    DisposalAlerts(ProgramDirectory programs, LetterRegisterSearch search) {
        this.programs = programs;
        this.search = search;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.MANAGE_LETTERS)) {
            return List.of();
        }
        List<ProgramSummary> visible = programs.visibleTo(actor.scope());
        Map<java.util.UUID, Integer> due = search.dueCounts(visible.stream().map(ProgramSummary::id).toList(), today);
        return visible.stream()
                .filter(program -> due.containsKey(program.id()))
                .map(program -> new Alert(AlertKind.LETTERS_DUE_FOR_DISPOSAL, program.id(), program.name(),
                        "letterregister.alert.due", List.of(due.get(program.id())),
                        "/programs/" + program.id() + "/letters/retention", today))
                .toList();
    }
}

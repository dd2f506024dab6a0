package cl.circuito.letters.drafting;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One alert per program whose tray holds work for the director: drafts to review and issue, and issued
 * letters whose sending is not recorded. Counts only, no child named. One query for all the actor's programs.
 */
@Component
class LettersToSendAlerts implements AlertSource {

    private final ProgramDirectory programs;
    private final JdbcClient jdbc;

    LettersToSendAlerts(ProgramDirectory programs, JdbcClient jdbc) {
        this.programs = programs;
        this.jdbc = jdbc;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.MANAGE_LETTERS)) {
            return List.of();
        }
        List<ProgramSummary> visible = programs.visibleTo(actor.scope());
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        select program_id, count(*) filter (where status = 'DRAFT') as drafts,
                               count(*) filter (where status = 'ISSUED') as unsent
                          from letter
                         where program_id in (:programs) and status in ('DRAFT', 'ISSUED')
                         group by program_id""")
                .param("programs", visible.stream().map(ProgramSummary::id).toList())
                .query((rs, n) -> counts.put(rs.getObject("program_id", UUID.class),
                        new int[]{rs.getInt("drafts"), rs.getInt("unsent")}))
                .list();
        return visible.stream()
                .filter(program -> counts.containsKey(program.id()))
                .map(program -> alert(program, counts.get(program.id())[0], counts.get(program.id())[1], today))
                .toList();
    }

    private static Alert alert(ProgramSummary program, int drafts, int unsent, LocalDate today) {
        String key = drafts > 0 && unsent > 0 ? "letters.alert.both"
                : drafts > 0 ? "letters.alert.drafts" : "letters.alert.unsent";
        List<Object> args = drafts > 0 && unsent > 0 ? List.of(drafts, unsent) : List.of(Math.max(drafts, unsent));
        return new Alert(AlertKind.LETTERS_TO_SEND, program.id(), program.name(), key, args,
                "/programs/" + program.id() + "/letters", today);
    }
}

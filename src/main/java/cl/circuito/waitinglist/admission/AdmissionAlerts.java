package cl.circuito.waitinglist.admission;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.children.ChildNames;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One alert per scheduled child in the actor's programs: the interview, then the admission, are pending.
 * For those who admit (they act on it); one query for all their programs.
 */
@Component
class AdmissionAlerts implements AlertSource {

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;

    AdmissionAlerts(JdbcClient jdbc, ProgramDirectory programs) {
        this.jdbc = jdbc;
        this.programs = programs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.MANAGE_ADMISSIONS)) {
            return List.of();
        }
        Set<UUID> visible = programs.visibleIds(actor.scope());
        if (visible.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id, e.program_id, p.name as program_name, e.scheduled_month,
                               c.given_names, c.paternal_surname, c.maternal_surname,
                               exists (select 1 from admission_interview ai
                                        where ai.entry_id = e.id and ai.recorded_at >= e.scheduled_at) as interviewed
                          from waiting_list_entry e
                          join child c on c.id = e.child_id
                          join program p on p.id = e.program_id
                         where e.program_id in (:programIds) and e.status = 'SCHEDULED'
                         order by e.scheduled_month, c.paternal_surname, c.given_names
                        """)
                .param("programIds", visible)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getDate("scheduled_month").toLocalDate());
                    String child = ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                            rs.getString("maternal_surname"));
                    boolean interviewed = rs.getBoolean("interviewed");
                    return new Alert(AlertKind.ADMISSION_SCHEDULED, rs.getObject("program_id", UUID.class),
                            rs.getString("program_name"),
                            interviewed ? "admission.alert.admissionPending" : "admission.alert.interviewPending",
                            List.of(child, ChileanDates.month(month)), "/entries/" + rs.getObject("id", UUID.class),
                            month.atDay(1));
                })
                .list();
    }
}

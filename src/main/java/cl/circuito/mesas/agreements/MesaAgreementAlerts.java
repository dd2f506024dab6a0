package cl.circuito.mesas.agreements;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One alert per program of the user whose institution answers for overdue Mesa agreements (the program itself,
 * its institution, or another program of that institution is the responsible member), linking to the agreements
 * across Mesas. Counts only. One query for all the user's programs.
 *
 * <p>Only the agreements of Mesas the user can open ({@link MesaAccess#visibleMesaIds}) and of members that are
 * still in them: "another program of the institution" once reached any Mesa where the institution had a program,
 * so a new program in one region was told of another region's agreements it could not open.
 */
@Component
class MesaAgreementAlerts implements AlertSource {

    private final JdbcClient jdbc;
    private final MesaAccess access;

    MesaAgreementAlerts(JdbcClient jdbc, MesaAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.WORK_IN_MESAS) || !(actor.scope() instanceof AccessScope.Programs assigned)
                || assigned.programIds().isEmpty()) {
            return List.of();
        }
        Set<UUID> visible = access.visibleMesaIds(actor);
        if (visible.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        with mine as (select id, name, institution_id from program where id in (:programs)),
                             answering as (
                                 select mi.id as program_id, m.id as member_id
                                   from mine mi join mesa_member m on m.institution_id = mi.institution_id
                                  where m.left_on is null and m.mesa_id = any(:mesas)
                                 union
                                 select mi.id, m.id
                                   from mine mi join program q on q.institution_id = mi.institution_id
                                   join mesa_member m on m.program_id = q.id
                                  where m.left_on is null and m.mesa_id = any(:mesas))
                        select mi.id, mi.name, count(distinct a.id) as overdue, min(a.due_on) as oldest
                          from mine mi
                          join answering an on an.program_id = mi.id
                          join mesa_agreement a on a.responsible_member_id = an.member_id
                         where a.status in ('OPEN', 'IN_PROGRESS') and a.due_on < :today
                         group by mi.id, mi.name
                         order by mi.name""")
                .param("programs", List.copyOf(assigned.programIds()))
                .param("mesas", visible.toArray(new UUID[0]))
                .param("today", today)
                .query((rs, n) -> new Alert(AlertKind.MESA_AGREEMENTS_OVERDUE, rs.getObject("id", UUID.class),
                        rs.getString("name"), "mesaminutes.alert.overdue", List.of(rs.getInt("overdue")),
                        "/mesas/my-agreements", rs.getObject("oldest", LocalDate.class)))
                .list();
    }
}

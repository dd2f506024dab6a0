package cl.circuito.mesas.sessions;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A co-facilitator's chores for the Mesas she runs, on her day page: a session in the coming days whose
 * convocation was not sent, and a session already held (or whose date passed) whose minutes were not yet sent
 * to the members, so they can be read before the next session approves them. Grouped under the Mesa's name.
 * One query.
 */
@Component
class MesaSessionAlerts implements AlertSource {

    /** A convocation is due this many days before the session. */
    static final int INVITE_WITHIN_DAYS = 10;

    private final JdbcClient jdbc;

    MesaSessionAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.WORK_IN_MESAS)) {
            return List.of();
        }
        UUID[] programs = actor.scope() instanceof AccessScope.Programs assigned
                ? assigned.programIds().toArray(new UUID[0]) : new UUID[0];
        return jdbc.sql("""
                        with runs as (
                            select distinct m.mesa_id from mesa_member m
                             where m.left_on is null and m.co_facilitator
                               and (m.program_id = any(:programs)
                                    or m.institution_id in (select p.institution_id from program p where p.id = any(:programs))
                                    or m.user_id = :user))
                        select s.id, s.mesa_id, me.name as mesa_name, s.number, s.held_on,
                               case when s.held_on >= :today then 'INVITE' else 'CIRCULATE' end as chore
                          from runs r join mesa me on me.id = r.mesa_id join mesa_session s on s.mesa_id = r.mesa_id
                         where (s.status = 'SCHEDULED' and s.held_on between :today and :inviteBy
                                and not exists (select 1 from mesa_invitation_sending i where i.session_id = s.id))
                            or (s.status <> 'CANCELLED' and s.held_on < :today and s.minutes_status = 'DRAFT')
                         order by s.held_on""")
                .param("programs", programs)
                .param("user", actor.userId())
                .param("today", today)
                .param("inviteBy", today.plusDays(INVITE_WITHIN_DAYS))
                .query((rs, n) -> {
                    UUID mesa = rs.getObject("mesa_id", UUID.class);
                    UUID session = rs.getObject("id", UUID.class);
                    LocalDate heldOn = rs.getObject("held_on", LocalDate.class);
                    boolean invite = "INVITE".equals(rs.getString("chore"));
                    return new Alert(AlertKind.MESA_SESSION_PENDING, mesa, rs.getString("mesa_name"),
                            invite ? "mesasessions.alert.invite" : "mesaminutes.alert.circulate",
                            List.of(rs.getInt("number"), ChileanDates.day(heldOn)),
                            "/mesas/" + mesa + "/sessions/" + session + (invite ? "" : "/minutes"),
                            invite ? heldOn : null);
                })
                .list();
    }
}

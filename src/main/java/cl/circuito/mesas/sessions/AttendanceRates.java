package cl.circuito.mesas.sessions;

import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.Participation;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Attendance over time: per member, the sessions held while it was a member (for an occasional member, those it
 * was convened to) and how it attended — present when any of its representatives came, else excused when any
 * sent apologies, else absent; and per month, the share of expected members present.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceRates {

    /** A permanent member below this rate stands out. */
    public static final int LOW_RATE = 60;

    private static final String EXPECTED = """
            with held as (
                select s.id, s.held_on from mesa_session s where s.mesa_id = :mesa and s.status = 'HELD'
            ), expected as (
                select m.id as member_id, h.id as session_id, h.held_on
                  from mesa_member m join held h on h.held_on >= m.joined_on and (m.left_on is null or h.held_on < m.left_on)
                 where m.mesa_id = :mesa
                   and (m.participation = 'PERMANENT'
                        or exists (select 1 from mesa_session_invitee i where i.session_id = h.id and i.member_id = m.id)
                        or exists (select 1 from mesa_attendance x where x.session_id = h.id and x.member_id = m.id))
            ), per as (
                select e.member_id, e.session_id, e.held_on,
                       coalesce(bool_or(a.status = 'PRESENT'), false) as present,
                       coalesce(bool_or(a.status = 'APOLOGIES'), false) as apologies
                  from expected e
                  left join mesa_attendance a on a.session_id = e.session_id and a.member_id = e.member_id
                 group by e.member_id, e.session_id, e.held_on
            )
            """;

    private final MesaAccess access;
    private final JdbcClient jdbc;

    AttendanceRates(MesaAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** One member's attendance; {@code rate} in whole percent, null before any session was held. */
    public record MemberRate(UUID memberId, String name, Participation participation, boolean current, LocalDate joinedOn,
                             int held, int present, int apologies, int absent, Integer rate) {

        public boolean low() {
            return participation == Participation.PERMANENT && current && rate != null && rate < LOW_RATE;
        }
    }

    public record MonthRate(YearMonth month, int sessions, int expected, int present, Integer rate) {
    }

    public record Rates(List<MemberRate> members, List<MonthRate> months) {
    }

    public Rates of(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        List<MemberRate> members = jdbc.sql(EXPECTED + """
                        select m.id, m.name, m.participation, m.left_on is null as current, m.joined_on,
                               count(p.session_id) as held,
                               count(*) filter (where p.present) as present,
                               count(*) filter (where not p.present and p.apologies) as apologies
                          from mesa_member m left join per p on p.member_id = m.id
                         where m.mesa_id = :mesa
                         group by m.id, m.name, m.participation, m.left_on, m.joined_on, m.co_facilitator
                         order by m.left_on nulls first, m.co_facilitator desc, m.participation, m.name""")
                .param("mesa", mesaId)
                .query((rs, n) -> {
                    int held = rs.getInt("held");
                    int present = rs.getInt("present");
                    int apologies = rs.getInt("apologies");
                    return new MemberRate(rs.getObject("id", UUID.class), rs.getString("name"),
                            Participation.valueOf(rs.getString("participation")), rs.getBoolean("current"),
                            rs.getObject("joined_on", LocalDate.class), held, present, apologies,
                            held - present - apologies, percent(present, held));
                })
                .list();
        List<MonthRate> months = jdbc.sql(EXPECTED + """
                        select date_trunc('month', p.held_on)::date as month, count(distinct p.session_id) as sessions,
                               count(*) as expected, count(*) filter (where p.present) as present
                          from per p group by 1 order by 1""")
                .param("mesa", mesaId)
                .query((rs, n) -> {
                    int expected = rs.getInt("expected");
                    int present = rs.getInt("present");
                    return new MonthRate(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getInt("sessions"),
                            expected, present, percent(present, expected));
                })
                .list();
        return new Rates(members, months);
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}

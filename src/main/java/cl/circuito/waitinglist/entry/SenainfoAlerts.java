package cl.circuito.waitinglist.entry;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.AlertSource;
import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.children.ChildNames;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.waitinglist.SenainfoState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * SENAINFO's steps still pending past a grace (I-SGC-01): a referral not entered in SENAINFO's waiting list, a child
 * declared not eligible not removed from it. I-SGC-01 sets no term: the director enters the referral "una vez
 * recepcionados los antecedentes" and removes the child with the not-eligible decision, so both are due at once.
 * Circuito allows {@link #GRACE_BUSINESS_DAYS} business days (on the program's comuna calendar) for the entry
 * into SENAINFO and its record here, then alerts, from the receipt or the decision, until the step is recorded.
 * For those who take the step (the director's permission); one query for all their programs.
 */
@Component
class SenainfoAlerts implements AlertSource {

    /** Business days after the receipt (or the not-eligible decision) before a pending step becomes an alert. */
    static final int GRACE_BUSINESS_DAYS = 2;
    /** Calendar days that surely hold more than the grace: older steps need no calendar to be late. */
    private static final int SURELY_LATE_CALENDAR_DAYS = 20;
    private static final int CAP = 10_000;

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;
    private final BusinessCalendar calendar;

    SenainfoAlerts(JdbcClient jdbc, ProgramDirectory programs, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> alertsFor(Actor actor, LocalDate today) {
        if (!actor.can(Permission.DECIDE_ADMISSIBILITY)) {
            return List.of();
        }
        Set<UUID> visible = programs.visibleIds(actor.scope());
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<String, BusinessCalendar.Counter> counters = new HashMap<>();
        return jdbc.sql("""
                        select e.id, e.program_id, p.name as program_name, p.comuna_code, e.status,
                               case when e.status = 'EXITED' then e.decided_on else e.received_on end as since,
                               c.given_names, c.paternal_surname, c.maternal_surname
                          from waiting_list_entry e
                          join child c on c.id = e.child_id
                          join program p on p.id = e.program_id
                         where e.program_id in (:programIds) and e.disposed_on is null and
                        """ + SenainfoState.PENDING_CONDITION + """
                           and (case when e.status = 'EXITED' then e.decided_on else e.received_on end) < :graceFrom
                         limit :cap
                        """)
                .param("programIds", visible)
                .param("graceFrom", today.minusDays(GRACE_BUSINESS_DAYS))
                .param("cap", CAP)
                .query((rs, n) -> {
                    LocalDate since = rs.getDate("since").toLocalDate();
                    LocalDate dueOn = since.isBefore(today.minusDays(SURELY_LATE_CALENDAR_DAYS)) ? null
                            : counters.computeIfAbsent(rs.getString("comuna_code"), calendar::counter)
                            .addBusinessDays(since, GRACE_BUSINESS_DAYS);
                    if (dueOn != null && !dueOn.isBefore(today)) {
                        return null;
                    }
                    boolean removal = "EXITED".equals(rs.getString("status"));
                    String child = ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                            rs.getString("maternal_surname"));
                    return new Alert(AlertKind.SENAINFO_PENDING, rs.getObject("program_id", UUID.class),
                            rs.getString("program_name"),
                            removal ? "alerts.senainfo.remove" : "alerts.senainfo.enter",
                            List.of(child, ChileanDates.day(since)), "/entries/" + rs.getObject("id", UUID.class),
                            since);
                })
                .list().stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Alert::dueOn))
                .toList();
    }
}

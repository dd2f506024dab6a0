package cl.circuito.waitinglist.monitoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Who is due for re-validation: the waiting children (declared eligible, on the list, no admission scheduled) whose
 * wait crossed a set point of the schedule since their last re-validation. The database narrows to waits past the
 * first set point; the schedule decides the rest. Not scoped: the callers check the actor's scope first.
 */
@Component
class RevalidationReads {

    private final JdbcClient jdbc;

    RevalidationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The children of these programs due as of {@code asOf}, the longest waits first. */
    List<MonitoringRows.DueForRevalidation> due(Collection<UUID> programIds, RevalidationSchedule schedule, LocalDate asOf, LocalDate today) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        List<MonitoringRows.DueForRevalidation> due = new ArrayList<>();
        jdbc.sql("""
                        select e.id, e.program_id, e.priority, e.received_on,
                               c.given_names || ' ' || c.paternal_surname || coalesce(' ' || c.maternal_surname, '')
                                   as child_name,
                               (select max(a.performed_on) from monitoring_action a
                                 where a.entry_id = e.id and a.still_needs_program is not null) as last_on
                          from waiting_list_entry e join child c on c.id = e.child_id
                         where e.program_id in (:programIds) and e.status = 'WAITING' and e.received_on <= :latest
                        """)
                .param("programIds", programIds)
                .param("latest", asOf.minusWeeks(schedule.firstPoint()))
                .query(rs -> {
                    LocalDate receivedOn = rs.getDate("received_on").toLocalDate();
                    Date last = rs.getDate("last_on");
                    LocalDate lastOn = last == null ? null : last.toLocalDate();
                    var point = schedule.due(receivedOn, lastOn, asOf);
                    if (point.isPresent()) {
                        due.add(new MonitoringRows.DueForRevalidation(rs.getObject("id", UUID.class),
                                rs.getObject("program_id", UUID.class), rs.getString("child_name"),
                                (Integer) rs.getObject("priority", Integer.class), receivedOn,
                                RevalidationSchedule.weeksWaited(receivedOn, today), point.get(), lastOn));
                    }
                });
        due.sort(Comparator.comparing(MonitoringRows.DueForRevalidation::receivedOn).thenComparing(d -> d.entryId().toString()));
        return due;
    }
}

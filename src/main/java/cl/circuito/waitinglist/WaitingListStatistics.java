package cl.circuito.waitinglist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts for a program's dashboard in two queries (the snapshot and the trend), over the list's indexes. Not scoped: {@link ProgramDashboards} checks the asker's scope first.
 */
@Component
class WaitingListStatistics {

    private final JdbcClient jdbc;

    WaitingListStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The list today, with the program's places, this month's monitoring and its open judicial actions. Waits are
     * counted in calendar days from receipt, as the court sees them.
     */
    record Snapshot(int priorityOne, int priorityTwo, int notAssessed, int scheduled, int underReview,
                    int overdueDecisions, Integer medianWaitDays, Integer longestWaitDays, int activeCases,
                    MonitoringProgress monitoring, int openJudicialActions) {

        int waiting() {
            return priorityOne + priorityTwo + notAssessed;
        }
    }

    /**
     * One query, each count a range of one index read alone (never the list's rows): the waiting by priority and
     * the never monitored (entry_monitoring_order_idx, entry_never_monitored_idx), the other states
     * (entry_program_status_idx), and the median and longest wait from entry_waiting_received_idx — the median is
     * percentile_disc(0.5) of the waits, the ⌈n/2⌉-th shortest, read at that offset instead of sorting the list.
     */
    Snapshot snapshot(UUID programId, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return jdbc.sql("with plan_counts as (" + MonitoringReadModel.PLAN_COUNTS + """
                        ), list as (
                            select (select count(*) from waiting_list_entry where program_id = :programId
                                       and status = 'WAITING' and priority = 1) as p1,
                                   (select count(*) from waiting_list_entry where program_id = :programId
                                       and status = 'WAITING' and priority = 2) as p2,
                                   (select count(*) from waiting_list_entry where program_id = :programId
                                       and status = 'WAITING' and priority is null) as unassessed,
                                   (select count(*) from waiting_list_entry where program_id = :programId
                                       and status = 'SCHEDULED') as scheduled,
                                   (select count(*) from waiting_list_entry where program_id = :programId
                                       and status = 'UNDER_REVIEW') as under_review,
                                   (select count(*) from waiting_list_entry where program_id = :programId
                                       and status = 'UNDER_REVIEW' and admissibility_due_on < :today) as overdue,
                                   (select count(*) from waiting_list_entry where program_id = :programId
                                       and status in ('WAITING', 'SCHEDULED') and last_monitored_on is null) as never,
                                   (select :today - received_on from waiting_list_entry where program_id = :programId
                                       and status = 'WAITING' order by received_on limit 1) as longest_wait
                        )
                        select list.*,
                               (select :today - received_on from waiting_list_entry
                                 where program_id = :programId and status = 'WAITING'
                                 order by received_on desc
                                offset (select greatest(0, (p1 + p2 + unassessed + 1) / 2 - 1) from list)
                                 limit 1) as median_wait,
                               pc.kind, coalesce(pc.planned, 0) as planned, coalesce(pc.done, 0) as done,
                               (select count(*) from active_case
                                 where program_id = :programId and closed_on is null) as active_cases,
                               (select count(*) from judicial_action
                                 where program_id = :programId and status <> 'RESOLVED') as open_judicial
                          from list left join plan_counts pc on true
                        """)                .param("programIds", List.of(programId))
                .param("programId", programId)
                .param("today", today)
                .param("from", month.atDay(1))
                .param("to", month.atEndOfMonth())
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    return new Snapshot(rs.getInt("p1"), rs.getInt("p2"), rs.getInt("unassessed"),
                            rs.getInt("scheduled"), rs.getInt("under_review"), rs.getInt("overdue"),
                            (Integer) rs.getObject("median_wait", Integer.class),
                            (Integer) rs.getObject("longest_wait", Integer.class), rs.getInt("active_cases"),
                            new MonitoringProgress(programId, month, kind == null ? null : MonitoringPlanKind.valueOf(kind),
                                    rs.getInt("planned"), rs.getInt("done"), rs.getInt("never")),
                            rs.getInt("open_judicial"));
                })
                .single();
    }

    /**
     * For each month: children on the list at its end (received by then and not yet gone), referrals
     * received and admissions in the month. The current month counts up to today.
     */
    record MonthPoint(YearMonth month, int onList, int received, int admitted) {
    }

    /**
     * One query counting each month's referrals and exits on their indexes (index ranges, the referrals from the
     * index alone) and the list's size today (entry_open_received_idx); the
     * months before are counted back from today: on the list at a month's end = on the list at the next month's
     * end − received in that next month + gone in it (an exit is never before its receipt).
     */
    List<MonthPoint> trend(UUID programId, YearMonth from, YearMonth to, LocalDate today) {
        Map<YearMonth, int[]> flows = new HashMap<>();
        int[] onListToday = new int[1];
        jdbc.sql("""
                        with months as (
                            select m::date as first_day,
                                   least((m + interval '1 month' - interval '1 day')::date, :today) as last_day
                              from generate_series(cast(:from as timestamp), cast(:to as timestamp), interval '1 month') m
                        )
                        select first_day as month,
                               (select count(*) from waiting_list_entry
                                 where program_id = :programId and received_on between first_day and last_day) as received,
                               x.exited, x.admitted, null as on_list
                          from months
                          cross join lateral (
                                select count(*) as exited, count(*) filter (where exit_reason = 'ADMITTED') as admitted
                                  from waiting_list_entry
                                 where program_id = :programId and exited_on between first_day and last_day) x
                        union all
                        select null, null, null, null,
                               (select count(*) from waiting_list_entry
                                 where program_id = :programId and received_on <= :today and exited_on is null)
                               + (select count(*) from waiting_list_entry
                                   where program_id = :programId and received_on <= :today and exited_on > :today)
                        """)
                .param("programId", programId)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("today", today)
                .query((rs, n) -> {
                    java.sql.Date month = rs.getDate("month");
                    if (month == null) {
                        onListToday[0] = rs.getInt("on_list");
                    } else {
                        flows.put(YearMonth.from(month.toLocalDate()),
                                new int[]{rs.getInt("received"), rs.getInt("exited"), rs.getInt("admitted")});
                    }
                    return 0;
                })
                .list();
        List<MonthPoint> points = new ArrayList<>();
        int onList = onListToday[0];
        for (YearMonth month = to; !month.isBefore(from); month = month.minusMonths(1)) {
            int[] flow = flows.getOrDefault(month, new int[3]);
            points.add(0, new MonthPoint(month, onList, flow[0], flow[2]));
            onList = onList - flow[0] + flow[1];
        }
        return points;
    }
}

package cl.circuito.waitinglist.dashboard;

import cl.circuito.waitinglist.entry.EntryTally;
import cl.circuito.waitinglist.monitoring.MonitoringPlanKind;
import cl.circuito.waitinglist.monitoring.MonitoringProgress;
import cl.circuito.waitinglist.monitoring.MonitoringReadModel;
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
 * Counts for a program's dashboard in one statement, from the program's tallies (V34: entry_tally and its
 * neighbours, kept by a trigger on every change of an entry) and never from the list itself, so that a view
 * costs the same with 50 or 20,000 children waiting. Not scoped: {@link ProgramDashboards} checks the asker's
 * scope first.
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
     * For each month: children on the list at its end (received by then and not yet gone), referrals
     * received and admissions in the month. The current month counts up to today.
     */
    record MonthPoint(YearMonth month, int onList, int received, int admitted) {
    }

    /** The snapshot, and the trend from {@code from} to {@code to}, oldest month first. */
    record Figures(Snapshot snapshot, List<MonthPoint> trend) {
    }

    /**
     * Each tally is read with the lines not yet folded into it (see {@link EntryTally}). The median wait is
     * percentile_disc(0.5) of the waits, the ⌈n/2⌉-th shortest: the first day of receipt, newest first, at which
     * the children received on or after it reach that number. Overdue decisions are counted on the index of the
     * children under review (a few days' referrals, whatever the list's length). The months before this one are
     * counted back from the list's size today: on the list at a month's end = on the list at the next month's end
     * − received in that next month + gone in it (an exit is never before its receipt, nor after today).
     */
    Figures dashboard(UUID programId, LocalDate today, YearMonth from, YearMonth to) {
        YearMonth month = YearMonth.from(today);
        Map<YearMonth, int[]> flows = new HashMap<>();
        int[] onListToday = new int[1];
        Snapshot snapshot = jdbc.sql("with plan_counts as (" + MonitoringReadModel.PLAN_COUNTS + ")," + EntryTally.READ
                        + """
                        , list as (
                            select coalesce(sum(n) filter (where status = 'WAITING' and priority = 1), 0) as p1,
                                   coalesce(sum(n) filter (where status = 'WAITING' and priority = 2), 0) as p2,
                                   coalesce(sum(n) filter (where status = 'WAITING' and priority = 0), 0) as unassessed,
                                   coalesce(sum(n) filter (where status = 'SCHEDULED'), 0) as scheduled,
                                   coalesce(sum(n) filter (where status = 'UNDER_REVIEW'), 0) as under_review,
                                   coalesce(sum(n) filter (where status in ('WAITING', 'SCHEDULED') and never_monitored), 0)
                                       as never,
                                   coalesce(sum(n) filter (where status <> 'EXITED'), 0) as on_list
                              from tally_by_state
                        ), waits as (
                            select received_on, sum(n) over (order by received_on desc) as children
                              from tally_by_day
                        ), trend as (
                            select month, received, exited, admitted from tally_by_month
                             where month between :trendFrom and :trendTo
                        )
                        select list.*,
                               (select :today - min(received_on) from tally_by_day) as longest_wait,
                               (select :today - received_on from waits
                                 where children >= div(list.p1 + list.p2 + list.unassessed + 1, 2)
                                 order by received_on desc limit 1) as median_wait,
                               (select count(*) from waiting_list_entry where program_id = :programId
                                   and status = 'UNDER_REVIEW' and admissibility_due_on < :today) as overdue,
                               pc.kind, coalesce(pc.planned, 0) as planned, coalesce(pc.done, 0) as done,
                               (select count(*) from active_case
                                 where program_id = :programId and closed_on is null) as active_cases,
                               (select count(*) from judicial_action
                                 where program_id = :programId and status <> 'RESOLVED') as open_judicial,
                               (select array_agg(month order by month) from trend) as trend_months,
                               (select array_agg(received order by month) from trend) as trend_received,
                               (select array_agg(exited order by month) from trend) as trend_exited,
                               (select array_agg(admitted order by month) from trend) as trend_admitted
                          from list left join plan_counts pc on true
                        """)
                .param("programIds", List.of(programId))
                .param("programId", programId)
                .param("today", today)
                .param("from", month.atDay(1))
                .param("to", month.atEndOfMonth())
                .param("trendFrom", from.atDay(1))
                .param("trendTo", to.atDay(1))
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    onListToday[0] = rs.getInt("on_list");
                    java.sql.Array months = rs.getArray("trend_months");
                    if (months != null) {
                        Object[] first = (Object[]) months.getArray();
                        Object[] received = (Object[]) rs.getArray("trend_received").getArray();
                        Object[] exited = (Object[]) rs.getArray("trend_exited").getArray();
                        Object[] admitted = (Object[]) rs.getArray("trend_admitted").getArray();
                        for (int i = 0; i < first.length; i++) {
                            flows.put(YearMonth.from(((java.sql.Date) first[i]).toLocalDate()), new int[]{
                                    ((Number) received[i]).intValue(), ((Number) exited[i]).intValue(),
                                    ((Number) admitted[i]).intValue()});
                        }
                    }
                    return new Snapshot(rs.getInt("p1"), rs.getInt("p2"), rs.getInt("unassessed"),
                            rs.getInt("scheduled"), rs.getInt("under_review"), rs.getInt("overdue"),
                            (Integer) rs.getObject("median_wait", Integer.class),
                            (Integer) rs.getObject("longest_wait", Integer.class), rs.getInt("active_cases"),
                            new MonitoringProgress(programId, month, kind == null ? null : MonitoringPlanKind.valueOf(kind),
                                    rs.getInt("planned"), rs.getInt("done"), rs.getInt("never")),
                            rs.getInt("open_judicial"));
                })
                .single();
        List<MonthPoint> points = new ArrayList<>();
        int onList = onListToday[0];
        for (YearMonth m = to; !m.isBefore(from); m = m.minusMonths(1)) {
            int[] flow = flows.getOrDefault(m, new int[3]);
            points.add(0, new MonthPoint(m, onList, flow[0], flow[2]));
            onList = onList - flow[0] + flow[1];
        }
        return new Figures(snapshot, points);
    }
}

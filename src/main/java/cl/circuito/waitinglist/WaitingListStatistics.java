package cl.circuito.waitinglist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Counts for a program's dashboard, each a single aggregate query over the list (the list's indexes),
 * whatever its size. Not scoped: {@link ProgramDashboards} checks the asker's scope first.
 */
@Component
class WaitingListStatistics {

    private final JdbcClient jdbc;

    WaitingListStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The list today. Waits are counted in calendar days from receipt, as the court sees them. */
    record Snapshot(int priorityOne, int priorityTwo, int notAssessed, int scheduled, int underReview,
                    int overdueDecisions, Integer medianWaitDays, Integer longestWaitDays) {

        int waiting() {
            return priorityOne + priorityTwo + notAssessed;
        }
    }

    Snapshot snapshot(UUID programId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'WAITING' and priority = 1) as p1,
                               count(*) filter (where status = 'WAITING' and priority = 2) as p2,
                               count(*) filter (where status = 'WAITING' and priority is null) as unassessed,
                               count(*) filter (where status = 'SCHEDULED') as scheduled,
                               count(*) filter (where status = 'UNDER_REVIEW') as under_review,
                               count(*) filter (where status = 'UNDER_REVIEW' and admissibility_due_on < :today) as overdue,
                               percentile_disc(0.5) within group (order by :today - received_on)
                                   filter (where status = 'WAITING') as median_wait,
                               max(:today - received_on) filter (where status = 'WAITING') as longest_wait
                          from waiting_list_entry
                         where program_id = :programId and status <> 'EXITED'
                        """)
                .param("programId", programId)
                .param("today", today)
                .query((rs, n) -> new Snapshot(rs.getInt("p1"), rs.getInt("p2"), rs.getInt("unassessed"),
                        rs.getInt("scheduled"), rs.getInt("under_review"), rs.getInt("overdue"),
                        (Integer) rs.getObject("median_wait", Integer.class),
                        (Integer) rs.getObject("longest_wait", Integer.class)))
                .single();
    }

    /**
     * For each month: children on the list at its end (received by then and not yet gone), referrals
     * received and admissions in the month. The current month counts up to today.
     */
    record MonthPoint(YearMonth month, int onList, int received, int admitted) {
    }

    List<MonthPoint> trend(UUID programId, YearMonth from, YearMonth to, LocalDate today) {
        return jdbc.sql("""
                        with months as (
                            select m::date as first_day,
                                   least((m + interval '1 month' - interval '1 day')::date, :today) as last_day
                              from generate_series(cast(:from as timestamp), cast(:to as timestamp), interval '1 month') m
                        )
                        select months.first_day,
                               count(e.id) filter (where e.received_on <= months.last_day
                                                     and (e.exited_on is null or e.exited_on > months.last_day)) as on_list,
                               count(e.id) filter (where e.received_on between months.first_day and months.last_day) as received,
                               count(e.id) filter (where e.exit_reason = 'ADMITTED'
                                                     and e.exited_on between months.first_day and months.last_day) as admitted
                          from months
                          left join waiting_list_entry e
                                 on e.program_id = :programId and e.received_on <= months.last_day
                                and (e.exited_on is null or e.exited_on >= months.first_day)
                         group by months.first_day
                         order by months.first_day
                        """)
                .param("programId", programId)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("today", today)
                .query((rs, n) -> new MonthPoint(YearMonth.from(rs.getDate("first_day").toLocalDate()),
                        rs.getInt("on_list"), rs.getInt("received"), rs.getInt("admitted")))
                .list();
    }
}

package cl.circuito.waitinglist;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard counts each month's end back from today and reads the median wait at an offset of an index; both
 * must agree with counting every month directly and sorting the waits.
 */
@CircuitoTest
class DashboardTrendTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));

    @Autowired Fixtures fixtures;
    @Autowired ReferralIntake intake;
    @Autowired EntryDecisions decisions;
    @Autowired WaitingListStatistics statistics;
    @Autowired JdbcClient jdbc;

    @Test
    void theTrendCountedBackFromTodayEqualsCountingEachMonthForSeveralPrograms() {
        UUID court = fixtures.referrer("FAMILY_COURT");
        WaitingChildren children = new WaitingChildren(intake, decisions, jdbc);
        List<UUID> programs = List.of(fixtures.program("PRM", "13101"), fixtures.program("PPF", "05101"),
                fixtures.program("PIE", "08101"));
        for (int p = 0; p < programs.size(); p++) {
            UUID program = programs.get(p);
            Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
            for (int i = 0; i < 18 + 4 * p; i++) {
                // Received over the last 15 months (some before the trend's first month), some gone since.
                int daysAgo = 3 + (i * 29 + p * 11) % 450;
                UUID entry = i % 5 == 4 ? children.underReview(director, program, court, "Tendencia", daysAgo)
                        : children.waiting(director, program, court, "Tendencia", daysAgo);
                if (i % 3 == 0) {
                    jdbc.sql("""
                                    update waiting_list_entry
                                       set status = 'EXITED', exit_reason = ?, exited_on = received_on + ?
                                     where id = ?""")
                            .params(i % 2 == 0 ? "ADMITTED" : "WITHDRAWN", Math.min(daysAgo - 1, 20 + i), entry).update();
                }
            }
        }

        YearMonth to = YearMonth.from(TODAY);
        YearMonth from = to.minusMonths(ProgramDashboards.TREND_MONTHS - 1);
        for (UUID program : programs) {
            assertThat(statistics.trend(program, from, to, TODAY)).containsExactlyElementsOf(eachMonth(program, from, to));
            WaitingListStatistics.Snapshot snapshot = statistics.snapshot(program, TODAY);
            assertThat(List.of(snapshot.medianWaitDays(), snapshot.longestWaitDays())).isEqualTo(sortedWaits(program));
        }
    }

    /** The median and longest wait as the dashboard computed them before, sorting the waiting children. */
    private List<Integer> sortedWaits(UUID program) {
        return jdbc.sql("""
                        select percentile_disc(0.5) within group (order by cast(:today as date) - received_on) as median,
                               max(cast(:today as date) - received_on) as longest
                          from waiting_list_entry where program_id = :programId and status = 'WAITING'""")
                .param("programId", program)
                .param("today", TODAY)
                .query((rs, n) -> List.of(rs.getInt("median"), rs.getInt("longest")))
                .single();
    }

    /** The dashboard's former query: every month joined with the whole list. */
    private List<WaitingListStatistics.MonthPoint> eachMonth(UUID program, YearMonth from, YearMonth to) {
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
                .param("programId", program)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("today", TODAY)
                .query((rs, n) -> new WaitingListStatistics.MonthPoint(YearMonth.from(rs.getDate("first_day").toLocalDate()),
                        rs.getInt("on_list"), rs.getInt("received"), rs.getInt("admitted")))
                .list();
    }
}

package cl.circuito.waitinglist.dashboard;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.entry.EntryTally;
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
 * The dashboard reads the program's tallies (kept by a trigger, folded now and then) and counts each month's end
 * back from today; every figure must agree with counting the list directly, folded or not, whichever way the
 * entries were written.
 */
@CircuitoTest
class DashboardTrendTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));

    @Autowired Fixtures fixtures;
    @Autowired WaitingListStatistics statistics;
    @Autowired JdbcClient jdbc;
    @Autowired EntryTally tally;

    @Test
    void theTrendCountedBackFromTodayEqualsCountingEachMonthForSeveralPrograms() {
        UUID court = fixtures.referrer("FAMILY_COURT");
        List<UUID> programs = List.of(fixtures.program("PRM", "13101"), fixtures.program("PPF", "05101"),
                fixtures.program("PIE", "08101"));
        for (int p = 0; p < programs.size(); p++) {
            UUID program = programs.get(p);
            Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
            for (int i = 0; i < 18 + 4 * p; i++) {
                // Received over the last 15 months (some before the trend's first month), some gone since.
                int daysAgo = 3 + (i * 29 + p * 11) % 450;
                ReferralBuilder referral = fixtures.referral(director, program, court).surnamed("Tendencia")
                        .receivedDaysAgo(daysAgo);
                UUID entry = (i % 5 == 4 ? referral : referral.waiting()).register().id();
                if (i % 3 == 0) {
                    jdbc.sql("""
                                    update waiting_list_entry
                                       set status = 'EXITED', exit_reason = ?, exited_on = received_on + ?
                                     where id = ?""")
                            .params(i % 2 == 0 ? "ADMITTED" : "WITHDRAWN", Math.min(daysAgo - 1, 20 + i), entry).update();
                }
            }
        }

        assertEveryFigureIsTheListCountedDirectly(programs);
        tally.fold();
        assertEveryFigureIsTheListCountedDirectly(programs);
    }

    /**
     * The trigger keeps the tallies whatever writes the entries: inserts, moves between states, programs and
     * priorities, corrected dates, a first monitoring, deletions — some folded, some not yet.
     */
    @Test
    void theTalliesFollowEveryKindOfWriteToTheList() {
        UUID court = fixtures.referrer("FAMILY_COURT");
        List<UUID> programs = List.of(fixtures.program("PRM", "13101"), fixtures.program("PPF", "05101"));
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.copyOf(programs));
        List<UUID> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID program = programs.get(i % 2);
            ReferralBuilder referral = fixtures.referral(director, program, court).surnamed("Cuenta")
                    .receivedDaysAgo(2 + i * 7);
            entries.add((i % 4 == 3 ? referral : referral.waiting().priority(1 + i % 2, i)).register().id());
        }
        tally.fold();
        java.util.Random random = new java.util.Random(14);
        for (int round = 0; round < 60; round++) {
            UUID entry = entries.get(random.nextInt(entries.size()));
            switch (random.nextInt(6)) {
                case 0 -> jdbc.sql("update waiting_list_entry set priority = ?, priority_score = 5 where id = ? and status = 'WAITING'")
                        .params(random.nextBoolean() ? null : 1 + random.nextInt(2), entry).update();
                case 1 -> jdbc.sql("update waiting_list_entry set status = 'SCHEDULED', scheduled_month = date_trunc('month', now()), scheduled_at = now() where id = ? and status = 'WAITING'")
                        .params(entry).update();
                case 2 -> jdbc.sql("""
                                update waiting_list_entry set status = 'EXITED', exit_reason = ?, exited_on = ?
                                 where id = ? and status <> 'EXITED'""")
                        .params(random.nextBoolean() ? "ADMITTED" : "WITHDRAWN", TODAY.minusDays(random.nextInt(40)), entry)
                        .update();
                case 3 -> jdbc.sql("update waiting_list_entry set received_on = received_on - ? where id = ? and exited_on is null")
                        .params(1 + random.nextInt(90), entry).update();
                case 4 -> jdbc.sql("update waiting_list_entry set last_monitored_on = ? where id = ?")
                        .params(random.nextBoolean() ? null : TODAY, entry).update();
                default -> jdbc.sql("update waiting_list_entry set program_id = ? where id = ?")
                        .params(programs.get(random.nextInt(2)), entry).update();
            }
            if (round % 25 == 24) {
                tally.fold();
            }
        }
        assertEveryFigureIsTheListCountedDirectly(programs);
        tally.fold();
        assertEveryFigureIsTheListCountedDirectly(programs);
    }

    private void assertEveryFigureIsTheListCountedDirectly(List<UUID> programs) {
        YearMonth to = YearMonth.from(TODAY);
        YearMonth from = to.minusMonths(ProgramDashboards.TREND_MONTHS - 1);
        for (UUID program : programs) {
            WaitingListStatistics.Figures figures = statistics.dashboard(program, TODAY, from, to);
            assertThat(figures.trend()).containsExactlyElementsOf(eachMonth(program, from, to));
            WaitingListStatistics.Snapshot snapshot = figures.snapshot();
            assertThat(List.of(snapshot.medianWaitDays(), snapshot.longestWaitDays())).isEqualTo(sortedWaits(program));
            assertThat(List.of(snapshot.priorityOne(), snapshot.priorityTwo(), snapshot.notAssessed(),
                    snapshot.scheduled(), snapshot.underReview(), snapshot.monitoring().neverMonitored()))
                    .isEqualTo(countedDirectly(program));
        }
    }

    /** The counts by state, priority and first monitoring, from the list itself. */
    private List<Integer> countedDirectly(UUID program) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'WAITING' and priority = 1) as p1,
                               count(*) filter (where status = 'WAITING' and priority = 2) as p2,
                               count(*) filter (where status = 'WAITING' and priority is null) as unassessed,
                               count(*) filter (where status = 'SCHEDULED') as scheduled,
                               count(*) filter (where status = 'UNDER_REVIEW') as under_review,
                               count(*) filter (where status in ('WAITING', 'SCHEDULED') and last_monitored_on is null)
                                   as never
                          from waiting_list_entry where program_id = :programId""")
                .param("programId", program)
                .query((rs, n) -> List.of(rs.getInt("p1"), rs.getInt("p2"), rs.getInt("unassessed"),
                        rs.getInt("scheduled"), rs.getInt("under_review"), rs.getInt("never")))
                .single();
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

package cl.circuito.waitinglist.entry;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import cl.circuito.waitinglist.WaitingListQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait against the target in business days of the program's comuna: each child, the list's sets, the counts. */
@CircuitoTest
class WaitClockTests {

    private static final String SANTIAGO = "13101";

    @Autowired Fixtures fixtures;
    @Autowired BusinessCalendar calendar;
    @Autowired WaitClock clock;
    @Autowired WaitingListQueries queries;
    @Autowired JdbcClient jdbc;

    @Test
    void theWaitSkipsAHoliday() {
        // Friday 1 May 2026 is Día del Trabajo: from Thursday 30 April to Monday 4 May is one business day, not two.
        WaitClock.Cutoffs cutoffs = WaitClock.cutoffs(60, true, calendar.counter(SANTIAGO), LocalDate.of(2026, 5, 4));

        assertThat(cutoffs.of(LocalDate.of(2026, 4, 30)).waitedBusinessDays()).isEqualTo(1);
        assertThat(cutoffs.of(LocalDate.of(2026, 4, 29)).waitedBusinessDays()).isEqualTo(2);
    }

    @Test
    void overTheTargetIsReceivedBeforeTheCutoffAndThisMonthBeforeTheMonthEndsOne() {
        // Target 5, today Wednesday 20 May 2026. Counting back six business days from today: 20, 19, 18, 15, 14, 13 →
        // received before 13 May means six or more business days waited. From Sunday 31 May: 29, 28, 27, 26, 25, 22
        // (Thursday 21 May, Glorias Navales, is no business day) → received before 22 May is over by the month's end.
        WaitClock.Cutoffs cutoffs = WaitClock.cutoffs(5, false, calendar.counter(SANTIAGO), LocalDate.of(2026, 5, 20));

        assertThat(cutoffs.breachedBefore()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(cutoffs.breachingBefore()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(cutoffs.of(LocalDate.of(2026, 5, 12)))
                .isEqualTo(new WaitClock.Wait(6, 5, true, false));
        assertThat(cutoffs.of(LocalDate.of(2026, 5, 13)))
                .isEqualTo(new WaitClock.Wait(5, 5, false, true));
        // Received on the holiday: by 31 May it has waited 22, 25, 26, 27, 28, 29 = six business days.
        assertThat(cutoffs.of(LocalDate.of(2026, 5, 21)))
                .isEqualTo(new WaitClock.Wait(0, 5, false, true));
        assertThat(cutoffs.of(LocalDate.of(2026, 5, 22)))
                .isEqualTo(new WaitClock.Wait(0, 5, false, false));
    }

    @Test
    void theCountsAndTheListSetsFollowTheCutoffsOnHandBuiltReceipts() {
        UUID program = fixtures.program("PRM", SANTIAGO);
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        UUID court = fixtures.referrer("FAMILY_COURT");
        UUID over = fixtures.referral(director, program, court).receivedOn(LocalDate.of(2026, 5, 12)).waiting()
                .register().id();
        UUID thisMonth = fixtures.referral(director, program, court).receivedOn(LocalDate.of(2026, 5, 13)).waiting()
                .register().id();
        UUID later = fixtures.referral(director, program, court).receivedOn(LocalDate.of(2026, 5, 22)).waiting()
                .register().id();
        WaitClock.Cutoffs cutoffs = WaitClock.cutoffs(5, false, calendar.counter(SANTIAGO), LocalDate.of(2026, 5, 20));

        assertThat(clock.counts(program, cutoffs)).isEqualTo(new WaitClock.Counts(1, 1));

        // Read today (December 2026 or later), the three received in May 2026 have waited well over the national
        // target of 60 business days: all breached, none still to breach this month.
        WaitingListQueries.ListPage page = queries.listWithWaits(director, program, ListFilter.OPEN, WaitFilter.BREACHED,
                null, ListSort.RECEIVED, 0, 25);
        assertThat(page.rows().getContent()).extracting(EntryRow::id).containsExactlyInAnyOrder(over, thisMonth, later);
        assertThat(page.waits().get(over).breached()).isTrue();
        assertThat(page.waits().get(over).targetBusinessDays()).isEqualTo(page.cutoffs().targetBusinessDays());
        assertThat(page.waits().get(over).waitedBusinessDays())
                .isEqualTo(calendar.businessDaysBetween(LocalDate.of(2026, 5, 12), page.cutoffs().today(), SANTIAGO));
        assertThat(queries.listWithWaits(director, program, ListFilter.OPEN, WaitFilter.BREACHING_THIS_MONTH, null,
                ListSort.RECEIVED, 0, 25).rows().getContent()).isEmpty();
    }
}

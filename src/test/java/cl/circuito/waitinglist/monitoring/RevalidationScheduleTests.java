package cl.circuito.waitinglist.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The set points on hand-built waits, as of a fixed day. */
class RevalidationScheduleTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneId.of("America/Santiago"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final LocalDate MONTH_END = YearMonth.from(TODAY).atEndOfMonth();
    private final RevalidationSchedule schedule = RevalidationSchedule.DEFAULT;

    @Test
    void aWaitCrossingTwelveTwentySixAndFiftyTwoWeeksIsDueAtThatPoint() {
        assertThat(schedule.due(MONTH_END.minusWeeks(11), null, MONTH_END)).isEmpty();
        assertThat(schedule.due(MONTH_END.minusWeeks(12), null, MONTH_END)).get()
                .extracting(RevalidationSchedule.Due::setPointWeeks).isEqualTo(12);
        assertThat(schedule.due(MONTH_END.minusWeeks(25), null, MONTH_END)).get()
                .extracting(RevalidationSchedule.Due::setPointWeeks).isEqualTo(12);
        assertThat(schedule.due(MONTH_END.minusWeeks(26).minusDays(3), null, MONTH_END)).get()
                .isEqualTo(new RevalidationSchedule.Due(26, MONTH_END.minusDays(3)));
        assertThat(schedule.due(MONTH_END.minusWeeks(60), null, MONTH_END)).get()
                .extracting(RevalidationSchedule.Due::setPointWeeks).isEqualTo(52);
    }

    @Test
    void afterFiftyTwoWeeksEveryTwentySixMore() {
        assertThat(schedule.latestPoint(77)).contains(52);
        assertThat(schedule.latestPoint(78)).contains(78);
        assertThat(schedule.latestPoint(104)).contains(104);
        assertThat(schedule.latestPoint(130)).contains(130);
        assertThat(schedule.latestPoint(11)).isEmpty();
    }

    @Test
    void aReValidationAnswersThePointUntilTheNextOne() {
        LocalDate received = TODAY.minusWeeks(13);
        // Re-validated at 12 weeks and a bit: nothing due until 26 weeks.
        LocalDate revalidated = received.plusWeeks(12).plusDays(2);
        assertThat(schedule.due(received, revalidated, MONTH_END)).isEmpty();
        LocalDate at26 = received.plusWeeks(26);
        assertThat(schedule.due(received, revalidated, YearMonth.from(at26).atEndOfMonth())).get()
                .extracting(RevalidationSchedule.Due::setPointWeeks).isEqualTo(26);
        // Done early in the month the point falls in, before the day itself, it still answers it.
        assertThat(schedule.due(received, YearMonth.from(at26).atDay(1), YearMonth.from(at26).atEndOfMonth())).isEmpty();
        // One done the month before the point does not.
        assertThat(schedule.due(received, YearMonth.from(at26).minusMonths(1).atEndOfMonth(),
                YearMonth.from(at26).atEndOfMonth())).isPresent();
    }

    @Test
    void setPointsAreAscendingAndPositive() {
        assertThatThrownBy(() -> new RevalidationSchedule(List.of(26, 12), 26, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevalidationSchedule(List.of(), 26, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RevalidationSchedule(List.of(8, 20), 10, 0).latestPoint(45)).contains(40);
    }
}

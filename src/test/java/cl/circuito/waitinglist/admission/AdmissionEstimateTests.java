package cl.circuito.waitinglist.admission;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionEstimateTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    /** Stands in for the calendar: the 2nd of each month, so the test sees which month was chosen. */
    private static final Function<YearMonth, LocalDate> SECOND_DAY = month -> month.atDay(2);

    private static final AdmissionEstimate.ExitRate THREE_A_MONTH = AdmissionEstimate.rate(18, true, 60);

    @Test
    void aChildWithinTheFreePlacesIsEstimatedForTheFirstBusinessDayOfNextMonth() {
        AdmissionEstimate.Result result = AdmissionEstimate.estimate(SEPTEMBER, 2, 2, THREE_A_MONTH, SECOND_DAY);

        assertThat(result.date()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(result.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(result.rank()).isEqualTo(2);
        assertThat(result.freePlaces()).isEqualTo(2);
    }

    @Test
    void beyondTheFreePlacesEachMonthOfExitsMovesTheDateOneMonth() {
        // Rank 7, 2 free, 3 exits a month: (7 − 2) / 3 = 1.67 → 2 months after October: December.
        assertThat(AdmissionEstimate.estimate(SEPTEMBER, 7, 2, THREE_A_MONTH, SECOND_DAY).date())
                .isEqualTo(LocalDate.of(2026, 12, 2));
        // Rank 5, 2 free: exactly one month of exits → November.
        assertThat(AdmissionEstimate.estimate(SEPTEMBER, 5, 2, THREE_A_MONTH, SECOND_DAY).date())
                .isEqualTo(LocalDate.of(2026, 11, 2));
        // Rank 3, no free place: 3 / 3 → one month after October.
        assertThat(AdmissionEstimate.monthsAfterNext(3, 0, THREE_A_MONTH)).isEqualTo(1);
    }

    @Test
    void monthsAheadRoundUpExactlyWithoutFloatingPointErrors() {
        // 7 exits in 6 months: 1.1666… a month. 7 children ahead → 6 months, not 7 (7 / 1.1666 = 6.0000…).
        AdmissionEstimate.ExitRate rate = AdmissionEstimate.rate(7, true, 60);
        assertThat(AdmissionEstimate.monthsAfterNext(7, 0, rate)).isEqualTo(6);
        assertThat(AdmissionEstimate.monthsAfterNext(8, 0, rate)).isEqualTo(7);
        assertThat(rate.perMonth()).isEqualByComparingTo(new BigDecimal("1.17"));
        // Across the year: rank 40 with 1 exit a month reaches into the following year.
        assertThat(AdmissionEstimate.estimate(SEPTEMBER, 40, 0, AdmissionEstimate.rate(6, true, 10), SECOND_DAY).month())
                .isEqualTo(YearMonth.of(2030, 2));
    }

    @Test
    void observedExitsAreUsedOnlyWithSixMonthsOfHistoryAndSomeExits() {
        assertThat(AdmissionEstimate.rate(18, true, 60).basis()).isEqualTo(EstimateBasis.OBSERVED);
        assertThat(AdmissionEstimate.rate(18, true, 60).perMonth()).isEqualByComparingTo("3.00");

        AdmissionEstimate.ExitRate young = AdmissionEstimate.rate(18, false, 60);
        assertThat(young.basis()).isEqualTo(EstimateBasis.FALLBACK);
        assertThat(young.perMonth()).isEqualByComparingTo("5.00");

        AdmissionEstimate.ExitRate noExits = AdmissionEstimate.rate(0, true, 50);
        assertThat(noExits.basis()).isEqualTo(EstimateBasis.FALLBACK);
        assertThat(noExits.perMonth()).isEqualByComparingTo("4.17");
    }

    @Test
    void theFallbackAssumesAtLeastOneExitAMonthForSmallPrograms() {
        AdmissionEstimate.ExitRate small = AdmissionEstimate.rate(0, false, 8);

        assertThat(small.perMonth()).isEqualByComparingTo("1.00");
        assertThat(AdmissionEstimate.monthsAfterNext(4, 1, small)).isEqualTo(3);
        // Capacity 50 → 50 / 12 a month: 10 ahead → ⌈10 · 12 / 50⌉ = ⌈2.4⌉ = 3.
        assertThat(AdmissionEstimate.monthsAfterNext(12, 2, AdmissionEstimate.rate(0, false, 50))).isEqualTo(3);
    }
}

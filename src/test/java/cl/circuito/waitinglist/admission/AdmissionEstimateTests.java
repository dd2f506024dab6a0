package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.EstimateCertainty;

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

    // The 90 % date: the fewest whole months k after next month with P(Poisson(m·k) ≥ a) ≥ 0.9, a = r − F.

    @Test
    void twoExitsAMonthAndThreeAheadGiveTwoMonthsAtHalfAndThreeAtNinetyPercent() {
        // m = 12 / 6 = 2, a = 5 − 2 = 3. 50 %: ⌈3 / 2⌉ = 2 months.
        // k = 2: P(Poisson(4) ≥ 3) = 1 − e⁻⁴(1 + 4 + 8) = 1 − 13e⁻⁴ ≈ 0.762 < 0.9
        // k = 3: P(Poisson(6) ≥ 3) = 1 − e⁻⁶(1 + 6 + 18) = 1 − 25e⁻⁶ ≈ 0.938 ≥ 0.9 → 3 months.
        AdmissionEstimate.ExitRate twoAMonth = AdmissionEstimate.rate(12, true, 60);
        AdmissionEstimate.Result result = AdmissionEstimate.estimate(SEPTEMBER, 5, 2, twoAMonth, SECOND_DAY);

        assertThat(result.month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(result.latestMonth()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(result.latestDate()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(result.certainty()).isEqualTo(EstimateCertainty.OBSERVED);
    }

    @Test
    void theNinetyPercentMonthsOfKnownRatesAreTheHandComputedOnes() {
        // m = 1 (fallback, capacity 8), a = 1: waiting for one exit is exponential, P = 1 − e^(−k):
        // k = 2: 0.865; k = 3: 0.950 → 3, while the 50 % months are ⌈1 / 1⌉ = 1.
        AdmissionEstimate.ExitRate oneAMonth = AdmissionEstimate.rate(0, false, 8);
        assertThat(AdmissionEstimate.monthsAfterNext(2, 1, oneAMonth)).isEqualTo(1);
        assertThat(AdmissionEstimate.monthsAfterNextAt90(2, 1, oneAMonth)).isEqualTo(3);
        // m = 3, a = 7 − 2 = 5: 50 % ⌈5 / 3⌉ = 2;
        // k = 2: P(Poisson(6) ≥ 5) = 1 − 115e⁻⁶ ≈ 0.715; k = 3: P(Poisson(9) ≥ 5) = 1 − 445.375e⁻⁹ ≈ 0.945 → 3.
        assertThat(AdmissionEstimate.monthsAfterNextAt90(7, 2, THREE_A_MONTH)).isEqualTo(3);
        // m = 3 / 6 = 0.5, a = 10: 50 % ⌈10 / 0.5⌉ = 20; P(Poisson(14) ≥ 10) ≈ 0.891 (k = 28),
        // P(Poisson(14.5) ≥ 10) ≈ 0.912 (k = 29) → 29: a slow program's range is wide.
        AdmissionEstimate.ExitRate halfAMonth = AdmissionEstimate.rate(3, true, 60);
        assertThat(AdmissionEstimate.monthsAfterNext(10, 0, halfAMonth)).isEqualTo(20);
        assertThat(AdmissionEstimate.monthsAfterNextAt90(10, 0, halfAMonth)).isEqualTo(29);
    }

    @Test
    void aChildWithinTheFreePlacesIsCertainAndBothDatesAreNextMonth() {
        AdmissionEstimate.Result result = AdmissionEstimate.estimate(SEPTEMBER, 2, 2, THREE_A_MONTH, SECOND_DAY);

        assertThat(result.latestDate()).isEqualTo(result.date()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(result.certainty()).isEqualTo(EstimateCertainty.CERTAIN);
    }

    @Test
    void theFallbackRateMakesTheEstimateUncertain() {
        AdmissionEstimate.Result result = AdmissionEstimate.estimate(SEPTEMBER, 10, 0,
                AdmissionEstimate.rate(18, false, 60), SECOND_DAY);

        assertThat(result.certainty()).isEqualTo(EstimateCertainty.UNCERTAIN);
        assertThat(result.latestMonth()).isAfter(result.month());
    }

    @Test
    void aVeryLongListStillGetsANinetyPercentDateNearTheNormalApproximation() {
        // m = 1, a = 3000: Gamma(3000, 1) is nearly normal, mean 3000, sd √3000 ≈ 54.8;
        // its 0.9 quantile ≈ 3000 + 1.2816 · 54.8 ≈ 3070.2 → 3071 months, computed without overflow or a long search.
        AdmissionEstimate.ExitRate oneAMonth = AdmissionEstimate.rate(6, true, 60);
        int months = AdmissionEstimate.monthsAfterNextAt90(3000, 0, oneAMonth);

        assertThat(months).isBetween(3069, 3072);
        assertThat(AdmissionEstimate.monthsAfterNext(3000, 0, oneAMonth)).isEqualTo(3000);
    }
}

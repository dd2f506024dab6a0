package cl.circuito.waitinglist.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Function;

/**
 * A waiting child's estimated admission date, from its place in the ranking, the free places and the
 * program's monthly exits (see docs/estimates.md). Pure: the calendar comes in as a function.
 *
 * <ul>
 *   <li>rank r ≤ free places F: the first business day of next month;</li>
 *   <li>otherwise k = ⌈(r − F) / m⌉ months more: the first business day of (next month + k).</li>
 * </ul>
 * m, the monthly exits, is observed (active cases closed in the last six complete months / 6) when the program
 * has six months of history and had exits; otherwise the fallback max(1, capacity / 12), which assumes an
 * average intervention of about twelve months.
 */
public final class AdmissionEstimate {

    /** Complete months of history the observed rate looks back on. */
    public static final int OBSERVED_MONTHS = 6;
    /** The fallback assumes an intervention of about this many months: capacity / 12 places free up monthly. */
    public static final int ASSUMED_INTERVENTION_MONTHS = 12;

    private AdmissionEstimate() {
    }

    /** Monthly exits as a fraction exits / months, so that the months ahead are computed without rounding errors. */
    public record ExitRate(int exits, int months, EstimateBasis basis) {

        public ExitRate {
            if (exits <= 0 || months <= 0) {
                throw new IllegalArgumentException("An exit rate is positive");
            }
            Objects.requireNonNull(basis);
        }

        /** Exits per month, two decimals (as stored and shown). */
        public BigDecimal perMonth() {
            return BigDecimal.valueOf(exits).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * @param closedInLastSixMonths active cases closed in the six complete months before the current one
     * @param hasSixMonthsOfHistory whether the program's first admission (of any case, open or closed) is on
     *                              or before the first day of that six-month window
     */
    public static ExitRate rate(int closedInLastSixMonths, boolean hasSixMonthsOfHistory, int capacity) {
        if (hasSixMonthsOfHistory && closedInLastSixMonths > 0) {
            return new ExitRate(closedInLastSixMonths, OBSERVED_MONTHS, EstimateBasis.OBSERVED);
        }
        if (capacity >= ASSUMED_INTERVENTION_MONTHS) {
            return new ExitRate(capacity, ASSUMED_INTERVENTION_MONTHS, EstimateBasis.FALLBACK);
        }
        return new ExitRate(1, 1, EstimateBasis.FALLBACK);
    }

    /** Months after next month: 0 when a free place is there for this rank, else ⌈(r − F) / m⌉. */
    public static int monthsAfterNext(int rank, int freePlaces, ExitRate rate) {
        if (rank < 1) {
            throw new IllegalArgumentException("Ranks start at 1");
        }
        int ahead = rank - Math.max(0, freePlaces);
        if (ahead <= 0) {
            return 0;
        }
        // ⌈ahead / (exits / months)⌉ = ⌈ahead · months / exits⌉, in integers.
        long numerator = (long) ahead * rate.months();
        return (int) ((numerator + rate.exits() - 1) / rate.exits());
    }

    /** The estimate for one child. */
    public record Result(LocalDate date, YearMonth month, int rank, int freePlaces, ExitRate rate) {
    }

    /**
     * @param currentMonth    the month of today
     * @param firstBusinessDay the first business day of a month, in the program's comuna
     */
    public static Result estimate(YearMonth currentMonth, int rank, int freePlaces, ExitRate rate,
                                  Function<YearMonth, LocalDate> firstBusinessDay) {
        YearMonth month = currentMonth.plusMonths(1L + monthsAfterNext(rank, freePlaces, rate));
        return new Result(firstBusinessDay.apply(month), month, rank, Math.max(0, freePlaces), rate);
    }
}

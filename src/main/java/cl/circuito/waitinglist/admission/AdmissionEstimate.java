package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.EstimateCertainty;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Gamma;

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
 *
 * <p>That date is the <em>50 % date</em>. Exits are modelled as a Poisson process of rate m a month, so the child,
 * who needs a = r − F exits, is admitted by the end of k months with probability P(Poisson(m·k) ≥ a), the
 * Gamma(a, m) distribution function at k. Since P(Gamma(a, m) ≤ a/m) > ½, the probability of being admitted by the
 * estimated date is at least one half. The <em>90 % date</em> is the first business day of (next month + k90), k90
 * the fewest whole months with that probability at least 0.9.
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

    /** How sure the admission is by the 90 % date. */
    public static final double LATEST_PROBABILITY = 0.9;
    /** No estimate looks further ahead than this (a thousand years): keeps months in range for a very long list. */
    static final int MAX_MONTHS = 12_000;

    /**
     * Months after next month by which the child is admitted with probability at least 90 %: the fewest whole k
     * with P(Poisson(m·k) ≥ a) ≥ 0.9, that is ⌈the 0.9 quantile of Gamma(shape a, rate m)⌉; 0 when a free place
     * is there. Never before {@link #monthsAfterNext}.
     */
    public static int monthsAfterNextAt90(int rank, int freePlaces, ExitRate rate) {
        int atHalf = monthsAfterNext(rank, freePlaces, rate);
        int ahead = rank - Math.max(0, freePlaces);
        if (ahead <= 0) {
            return 0;
        }
        double perMonth = (double) rate.exits() / rate.months();
        // The quantile is found numerically; it only places the search, which then checks whole months exactly
        // with the distribution function, so a quantile of 2.9999999 or 3.0000001 gives the same month.
        double quantile = new GammaDistribution(null, ahead, 1 / perMonth).inverseCumulativeProbability(LATEST_PROBABILITY);
        long months = Double.isFinite(quantile) ? Math.min(MAX_MONTHS, (long) Math.ceil(quantile)) : MAX_MONTHS;
        while (months > 0 && reached(ahead, perMonth, months - 1)) {
            months--;
        }
        while (months < MAX_MONTHS && !reached(ahead, perMonth, months)) {
            months++;
        }
        return (int) Math.max(atHalf, months);
    }

    /** P(at least {@code ahead} exits within {@code months}) ≥ 0.9, for a Poisson process of rate perMonth. */
    private static boolean reached(int ahead, double perMonth, long months) {
        return months > 0 && Gamma.regularizedGammaP(ahead, perMonth * months) >= LATEST_PROBABILITY;
    }

    /** How sure an estimate is, said with its range. */
    public static EstimateCertainty certainty(int rank, int freePlaces, EstimateBasis basis) {
        return EstimateCertainty.of(rank, freePlaces, basis == EstimateBasis.OBSERVED);
    }

    /**
     * The estimate for one child.
     *
     * @param date       the estimated date, the 50 % date
     * @param latestDate the 90 % date: admitted by then with probability at least 90 %
     */
    public record Result(LocalDate date, YearMonth month, LocalDate latestDate, YearMonth latestMonth, int rank,
                         int freePlaces, ExitRate rate) {

        public EstimateCertainty certainty() {
            return AdmissionEstimate.certainty(rank, freePlaces, rate.basis());
        }
    }

    /**
     * @param currentMonth    the month of today
     * @param firstBusinessDay the first business day of a month, in the program's comuna
     */
    public static Result estimate(YearMonth currentMonth, int rank, int freePlaces, ExitRate rate,
                                  Function<YearMonth, LocalDate> firstBusinessDay) {
        YearMonth month = currentMonth.plusMonths(1L + monthsAfterNext(rank, freePlaces, rate));
        YearMonth latest = currentMonth.plusMonths(1L + monthsAfterNextAt90(rank, freePlaces, rate));
        return new Result(firstBusinessDay.apply(month), month, firstBusinessDay.apply(latest), latest, rank,
                Math.max(0, freePlaces), rate);
    }
}

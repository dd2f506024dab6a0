package cl.circuito.mesas;

import java.time.LocalDate;

/** How often a Mesa meets: monthly in most comunas, every two weeks in some (Coquimbo), or its own rhythm. */
public enum Frequency {
    MONTHLY,
    BIWEEKLY,
    /** Every {@code customIntervalDays} days, or dated by hand when the Mesa sets no interval. */
    CUSTOM;

    /**
     * The date one period after {@code from}; null for a custom Mesa without an interval (nothing to propose).
     * Monthly keeps the weekday and its place in the month ("the second Tuesday"), as Mesas agree on.
     */
    public LocalDate after(LocalDate from, Integer customIntervalDays) {
        switch (this) {
            case BIWEEKLY:
                return from.plusWeeks(2);
            case CUSTOM:
                return customIntervalDays == null ? null : from.plusDays(customIntervalDays);
            default:
                int nth = (from.getDayOfMonth() - 1) / 7 + 1;
                LocalDate firstOfNext = from.plusMonths(1).withDayOfMonth(1);
                LocalDate candidate = firstOfNext.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(
                        Math.min(nth, 4), from.getDayOfWeek()));
                return candidate;
        }
    }
}

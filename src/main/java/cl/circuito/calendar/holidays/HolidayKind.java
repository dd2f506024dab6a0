package cl.circuito.calendar.holidays;

/**
 * Where a holiday comes from, which also tells who it applies to.
 */
public enum HolidayKind {

    /** Permanent national holiday produced by the rules in {@link ChileanHolidays}. */
    NATIONAL,

    /** Permanent holiday that only applies to a region or to some comunas (e.g. Ley 20.663, Ley 20.768). */
    REGIONAL,

    /**
     * Holiday decreed by a law for a single date (one-off Fiestas Patrias days, election days under
     * Ley 18.700 art. 169, one-off regional feasts...). Stored in the {@code special_holiday} table.
     */
    SPECIAL_LAW
}

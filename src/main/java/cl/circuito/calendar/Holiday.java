package cl.circuito.calendar;

import cl.circuito.calendar.holidays.HolidayKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A public holiday on a given date.
 *
 * @param date       the day that is a holiday (already moved by Ley 19.668 / Ley 20.299 when applicable)
 * @param name       name shown to users, in Spanish (e.g. "Día Nacional de los Pueblos Indígenas")
 * @param legalBasis the law that makes the day a holiday (e.g. "Ley 21.357")
 * @param kind       national rule, regional rule or single-date special law
 */
public record Holiday(LocalDate date, String name, String legalBasis, HolidayKind kind) {

    /** Chronological order; ties (two holidays on one day) are broken by kind and then by name. */
    public static final Comparator<Holiday> CHRONOLOGICAL = Comparator
            .comparing(Holiday::date)
            .thenComparing(Holiday::kind)
            .thenComparing(Holiday::name);

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(kind, "kind");
    }
}

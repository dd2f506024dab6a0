package cl.circuito.waitinglist.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Months on pages: "octubre de 2026" (templates call {@code monthNames.name(month)}). */
final class MonthNames {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM 'de' yyyy",
            Locale.forLanguageTag("es-CL"));

    static String of(YearMonth month) {
        return month == null ? "—" : LONG.format(month);
    }

    public String name(YearMonth month) {
        return of(month);
    }
}

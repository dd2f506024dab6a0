package cl.circuito.waitinglist;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Months as people say them: "octubre de 2026". */
public final class MonthText {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM 'de' yyyy",
            Locale.forLanguageTag("es-CL"));

    private MonthText() {
    }

    public static String of(YearMonth month) {
        return month == null ? "—" : LONG.format(month);
    }
}

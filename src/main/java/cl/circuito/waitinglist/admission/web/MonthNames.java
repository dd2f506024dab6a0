package cl.circuito.waitinglist.admission.web;

import cl.circuito.shared.text.ChileanDates;
import java.time.YearMonth;

/** Months on pages, "octubre de 2026", for templates: {@code monthNames.name(month)}. */
final class MonthNames {

    static String of(YearMonth month) {
        return ChileanDates.month(month);
    }

    public String name(YearMonth month) {
        return ChileanDates.month(month);
    }
}

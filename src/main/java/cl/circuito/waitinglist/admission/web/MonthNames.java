package cl.circuito.waitinglist.admission.web;

import cl.circuito.waitinglist.MonthText;

import java.time.YearMonth;

/** Months on pages, "octubre de 2026", for templates: {@code monthNames.name(month)}. */
final class MonthNames {

    static String of(YearMonth month) {
        return MonthText.of(month);
    }

    public String name(YearMonth month) {
        return MonthText.of(month);
    }
}

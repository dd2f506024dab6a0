package cl.circuito.waitinglist.admission;

import cl.circuito.calendar.BusinessCalendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The first business day of each month, per comuna, for one run: holidays are read once per comuna and year
 * (the calendar's counter), however many programs share the comuna. Not kept beyond the run, so a holiday
 * the administrator adds is seen by the next one.
 */
final class FirstBusinessDays {

    private final BusinessCalendar calendar;
    private final Map<String, Function<YearMonth, LocalDate>> byComuna = new HashMap<>();

    FirstBusinessDays(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    Function<YearMonth, LocalDate> of(String comunaCode) {
        return byComuna.computeIfAbsent(comunaCode, code -> {
            BusinessCalendar.Counter counter = calendar.counter(code);
            Map<YearMonth, LocalDate> days = new HashMap<>();
            return month -> days.computeIfAbsent(month, m -> counter.addBusinessDays(m.atDay(1).minusDays(1), 1));
        });
    }
}

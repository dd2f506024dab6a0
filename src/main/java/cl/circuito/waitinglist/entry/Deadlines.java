package cl.circuito.waitinglist.entry;

import cl.circuito.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** Admissibility deadlines on the business calendar of the program's comuna. */
@Component
public class Deadlines {

    private final BusinessCalendar calendar;
    private final Clock clock;

    Deadlines(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** 10 or 20 business days, counted from the business day after receipt (Ley 19.880 art. 25). */
    LocalDate dueOn(LocalDate receivedOn, boolean backgroundSufficient, String comunaCode) {
        return calendar.addBusinessDays(receivedOn, WaitingListEntry.businessDaysToDecide(backgroundSufficient),
                comunaCode);
    }

    public Deadline asOfToday(LocalDate dueOn, String comunaCode) {
        LocalDate today = today();
        return Deadline.of(dueOn, today, calendar.businessDaysBetween(today, dueOn, comunaCode));
    }

    /**
     * For a page of entries: today's deadlines with one calendar counter per comuna, so each year's
     * holidays are read once per page rather than once per row.
     */
    public BiFunction<LocalDate, String, Deadline> asOfTodayForPage() {
        return asOfForPage(today());
    }

    /** As {@link #asOfTodayForPage()}, as of a given day (a scheduled job names the day it works for). */
    public BiFunction<LocalDate, String, Deadline> asOfForPage(LocalDate today) {
        Map<String, BusinessCalendar.Counter> counters = new HashMap<>();
        return (dueOn, comunaCode) -> Deadline.of(dueOn, today,
                counters.computeIfAbsent(comunaCode, calendar::counter).businessDaysBetween(today, dueOn));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

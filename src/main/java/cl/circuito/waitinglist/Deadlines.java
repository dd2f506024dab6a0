package cl.circuito.waitinglist;

import cl.circuito.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Admissibility deadlines on the business calendar of the program's comuna. */
@Component
class Deadlines {

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

    Deadline asOfToday(LocalDate dueOn, String comunaCode) {
        LocalDate today = today();
        return Deadline.of(dueOn, today, calendar.businessDaysBetween(today, dueOn, comunaCode));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

package cl.circuito.mesas.sessions;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.calendar.Holiday;
import cl.circuito.mesas.mesa.Mesa;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The calendar as a Mesa's sessions see it: whether a date is a business day of the Mesa's comuna (and which
 * holiday it is), and the business day a date of the frequency moves to. A date the calendar cannot compute
 * (outside its years) is judged by its weekday alone, never an error: no date may leave the Mesa's pages unable
 * to render.
 */
@Component
class SessionDates {

    /** A frequency's date on a holiday or weekend moves at most this many days (a long weekend plus a holiday). */
    private static final int MAX_SHIFT_DAYS = 10;

    private final BusinessCalendar calendar;
    private final Clock clock;

    SessionDates(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code date} judged for a session of {@code mesa}; {@code confirmed}: the user confirmed a non-business day. */
    SessionDateCheck check(Mesa mesa, LocalDate date, boolean confirmed) {
        if (date == null) {
            return new SessionDateCheck(today(), true, null, confirmed);
        }
        boolean businessDay = isBusinessDay(date, mesa.comunaCode());
        return new SessionDateCheck(today(), businessDay, businessDay ? null : holiday(date, mesa.comunaCode()),
                confirmed);
    }

    /** The first business day of the comuna from {@code date} on; {@code date} itself beyond the calendar's years. */
    LocalDate businessDayFrom(LocalDate date, String comunaCode) {
        LocalDate candidate = date;
        for (int i = 0; i < MAX_SHIFT_DAYS && !isBusinessDay(candidate, comunaCode); i++) {
            candidate = candidate.plusDays(1);
        }
        return isBusinessDay(candidate, comunaCode) ? candidate : date;
    }

    private boolean isBusinessDay(LocalDate date, String comunaCode) {
        if (!calendar.covers(date)) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        return calendar.isBusinessDay(date, comunaCode);
    }

    private String holiday(LocalDate date, String comunaCode) {
        if (!calendar.covers(date)) {
            return null;
        }
        return calendar.holidaysOf(date.getYear(), comunaCode).stream().filter(h -> h.date().equals(date))
                .map(Holiday::name).findFirst().orElse(null);
    }
}

package cl.circuito.calendar;

import cl.circuito.calendar.holidays.InvalidCalendarQueryException;
import cl.circuito.calendar.holidays.UnsupportedYearException;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read of the calendar. Its refusals (a year it cannot compute, a malformed question) answer the caller and
 * leave the caller's transaction as it was: without {@code noRollbackFor}, a refusal crossing this proxy marks
 * the caller's whole transaction rollback-only, so a caller that catches it still fails at commit (a Mesa
 * session in the year 3001 once broke the sessions page that way).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional(readOnly = true, noRollbackFor = {UnsupportedYearException.class, InvalidCalendarQueryException.class})
@interface CalendarQuery {
}

/**
 * Chile's holidays: the permanent ones computed from the laws ({@link cl.circuito.calendar.holidays.ChileanHolidays},
 * with Easter, the winter solstice and the laws that move a holiday to a Monday), the single-date holidays the
 * administrator records ({@link cl.circuito.calendar.holidays.SpecialHoliday}, where they apply:
 * {@link cl.circuito.calendar.holidays.HolidayScope}), and the calendar's refusals. Internal to the calendar: other
 * modules ask {@link cl.circuito.calendar.BusinessCalendar}.
 */
package cl.circuito.calendar.holidays;

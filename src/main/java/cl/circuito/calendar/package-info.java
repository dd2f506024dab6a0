/**
 * Chilean business days and public holidays, written from the laws.
 *
 * <ul>
 *   <li>{@link cl.circuito.calendar.BusinessCalendar}: the module's API (business days, Ley 19.880 art. 25
 *       deadlines, holidays of a year, administration of special holidays).</li>
 *   <li>{@link cl.circuito.calendar.ChileanHolidays}: the permanent rules, pure Java.</li>
 *   <li>{@link cl.circuito.calendar.SpecialHoliday} / {@link cl.circuito.calendar.SpecialHolidays}: holidays
 *       decreed by law for a single date, kept in the {@code special_holiday} table (migration V3).</li>
 * </ul>
 *
 * <p>Comunas are identified by their 5-digit CUT code as a string ("01101"); the region is its first two digits.
 */
package cl.circuito.calendar;

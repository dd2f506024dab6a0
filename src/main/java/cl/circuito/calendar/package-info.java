/**
 * Chilean business days and public holidays, written from the laws.
 *
 * <ul>
 *   <li>{@link cl.circuito.calendar.BusinessCalendar}: the module's API (business days, Ley 19.880 art. 25
 *       deadlines, holidays of a year, administration of special holidays), with {@link cl.circuito.calendar.Holiday}.
 *       This base package holds only the API.</li>
 *   <li>{@code holidays}: the permanent rules ({@link cl.circuito.calendar.holidays.ChileanHolidays}, pure Java), the
 *       holidays decreed by law for a single date ({@link cl.circuito.calendar.holidays.SpecialHoliday}, kept in the
 *       {@code special_holiday} table, migration V3), and the calendar's refusals.</li>
 *   <li>{@code web}: the page {@code /calendar} (holidays of a year for a comuna, business days per month, the
 *       administrator's special holidays) and the API {@code /api/v1/calendar/**}.</li>
 * </ul>
 *
 * <p>Errors are {@link cl.circuito.shared.DomainException}s naming the field concerned: 422 for invalid special
 * holidays, unsupported years and malformed comuna codes, 404 for an unknown special holiday. Recording or deleting
 * a special holiday requires {@link cl.circuito.shared.security.Permission#MANAGE_CALENDAR}.
 *
 * <p>Comunas are identified by their 5-digit CUT code as a string ("01101"); the region is its first two digits.
 */
package cl.circuito.calendar;

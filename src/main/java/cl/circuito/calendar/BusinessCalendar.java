package cl.circuito.calendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Business days in Chile, the public API of the calendar module.
 *
 * <p>A business day ("día hábil") follows Ley 19.880 art. 25: "son inhábiles los días sábados, los domingos y
 * los festivos". The holidays are the permanent ones computed by {@link ChileanHolidays} plus the
 * single-date special holidays recorded by the administrator ({@link SpecialHolidays}); a holiday counts only
 * if it applies to the comuna in question (national, the comuna's region, or the comuna itself).
 *
 * <p>Every comuna parameter is the 5-digit CUT code of the comuna (e.g. "13101" for Santiago), or
 * {@code null} to consider national holidays only.
 *
 * <p>Years before {@value ChileanHolidays#FIRST_SUPPORTED_YEAR} are rejected with an
 * {@link IllegalArgumentException}; later years use the laws in force today.
 *
 * <p>Nothing is cached between calls: special holidays are read from the database each time (one small query
 * per calendar year touched by a call), so an edit by the administrator is visible immediately.
 */
@Service
public class BusinessCalendar {

    private static final DateTimeFormatter CHILEAN_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final SpecialHolidays specialHolidays;
    private final ChileanHolidays rules;
    private final Clock clock;

    @Autowired
    public BusinessCalendar(SpecialHolidays specialHolidays) {
        this(specialHolidays, new ChileanHolidays(), Clock.systemUTC());
    }

    BusinessCalendar(SpecialHolidays specialHolidays, ChileanHolidays rules, Clock clock) {
        this.specialHolidays = Objects.requireNonNull(specialHolidays, "specialHolidays");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whether {@code date} is a business day in the comuna: not a Saturday, not a Sunday and not a holiday
     * that applies there.
     */
    @Transactional(readOnly = true)
    public boolean isBusinessDay(LocalDate date, String comunaCode) {
        Objects.requireNonNull(date, "date");
        return new HolidayLookup(comunaCode).isBusinessDay(date);
    }

    /**
     * The date on which a term of {@code days} business days ends, counted as Ley 19.880 art. 25 requires:
     * counting starts on the business day <em>after</em> {@code start} (the day of notification or receipt
     * never counts, even if it is itself a business day) and the result is the {@code days}-th business day.
     *
     * <p>Example: received on Friday 20 November 2026, a 10 business-day term counts Monday 23 November as
     * day 1 and ends on Friday 4 December 2026. Received on a Saturday, day 1 is the next business day
     * (usually the Monday). With {@code days == 0} the result is {@code start} itself.
     *
     * @param start      day of receipt or notification (any day, business or not)
     * @param days       number of business days of the term, zero or positive
     * @param comunaCode comuna whose holidays apply, or {@code null} for national holidays only
     * @return the last day of the term, always a business day when {@code days > 0}
     */
    @Transactional(readOnly = true)
    public LocalDate addBusinessDays(LocalDate start, int days, String comunaCode) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or positive, was " + days);
        }
        HolidayLookup lookup = new HolidayLookup(comunaCode);
        LocalDate current = start;
        int counted = 0;
        while (counted < days) {
            current = current.plusDays(1);
            if (lookup.isBusinessDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * Signed number of business days from {@code from} to {@code to}, for messages such as "vence en 2 días
     * hábiles" or "vencido hace 3 días hábiles".
     *
     * <ul>
     *   <li>{@code to} after {@code from}: business days after {@code from} up to and including {@code to}
     *       (so {@code businessDaysBetween(start, addBusinessDays(start, n, c), c) == n});</li>
     *   <li>{@code to} equal to {@code from}: 0;</li>
     *   <li>{@code to} before {@code from}: minus the business days after {@code to} up to and including
     *       {@code from}.</li>
     * </ul>
     */
    @Transactional(readOnly = true)
    public int businessDaysBetween(LocalDate from, LocalDate to, String comunaCode) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from, comunaCode);
        }
        HolidayLookup lookup = new HolidayLookup(comunaCode);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (lookup.isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Every holiday of {@code year} that applies in the comuna: the permanent rules plus the special holidays
     * recorded for that year, sorted by date.
     */
    @Transactional(readOnly = true)
    public List<Holiday> holidaysOf(int year, String comunaCode) {
        List<Holiday> holidays = new ArrayList<>(rules.of(year, comunaCode));
        for (SpecialHoliday special : specialHolidaysOf(year)) {
            if (special.appliesTo(comunaCode)) {
                holidays.add(special.toHoliday());
            }
        }
        holidays.sort(Holiday.CHRONOLOGICAL);
        return List.copyOf(holidays);
    }

    /**
     * Records a holiday decreed by law for a single date.
     *
     * @param date       the holiday
     * @param name       name shown to users, e.g. "Fiesta de La Pampilla"
     * @param legalBasis the law that declares it, e.g. "Ley 21.609"
     * @param scope      whole country, one region or one comuna
     * @param createdBy  user recording it
     * @throws InvalidSpecialHolidayException when a field is missing or malformed, or the same date already has
     *                                        a special holiday with the same scope
     */
    @Transactional
    public SpecialHoliday addSpecialHoliday(LocalDate date, String name, String legalBasis, HolidayScope scope,
                                            String createdBy) {
        SpecialHoliday candidate = new SpecialHoliday(date, name, legalBasis, scope, clock.instant(), createdBy);
        boolean duplicate = specialHolidays.findByHolidayDateBetweenOrderByHolidayDateAsc(date, date).stream()
                .anyMatch(existing -> existing.scope().equals(candidate.scope()));
        if (duplicate) {
            throw new InvalidSpecialHolidayException("Ya existe un feriado especial el " + date.format(CHILEAN_DATE)
                    + " para " + candidate.scope().describe() + ".");
        }
        return specialHolidays.save(candidate);
    }

    /**
     * Deletes a special holiday.
     *
     * @throws SpecialHolidayNotFoundException when there is no special holiday with that id
     */
    @Transactional
    public void removeSpecialHoliday(UUID id) {
        Objects.requireNonNull(id, "id");
        SpecialHoliday existing = specialHolidays.findById(id)
                .orElseThrow(() -> new SpecialHolidayNotFoundException(id));
        specialHolidays.delete(existing);
    }

    private List<SpecialHoliday> specialHolidaysOf(int year) {
        return specialHolidays.findByHolidayDateBetweenOrderByHolidayDateAsc(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Holiday dates for one comuna, loaded one year at a time and kept only for the duration of one call,
     * so that counting across a year boundary costs one query per year and nothing can go stale.
     */
    private final class HolidayLookup {

        private final String comunaCode;
        private final Map<Integer, Set<LocalDate>> holidayDatesByYear = new HashMap<>();

        HolidayLookup(String comunaCode) {
            TerritoryCodes.requireComunaCodeOrNull(comunaCode);
            this.comunaCode = comunaCode;
        }

        boolean isBusinessDay(LocalDate date) {
            DayOfWeek dayOfWeek = date.getDayOfWeek();
            if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
                return false;
            }
            return !holidayDatesByYear.computeIfAbsent(date.getYear(), this::holidayDates).contains(date);
        }

        private Set<LocalDate> holidayDates(int year) {
            return holidaysOf(year, comunaCode).stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
        }
    }
}

package cl.circuito.calendar;

import cl.circuito.calendar.holidays.ChileanHolidays;
import cl.circuito.calendar.holidays.HolidayScope;
import cl.circuito.calendar.holidays.InvalidCalendarQueryException;
import cl.circuito.calendar.holidays.InvalidSpecialHolidayException;
import cl.circuito.calendar.holidays.ListedHoliday;
import cl.circuito.calendar.holidays.SpecialHoliday;
import cl.circuito.calendar.holidays.SpecialHolidayNotFoundException;
import cl.circuito.calendar.holidays.SpecialHolidays;
import cl.circuito.calendar.holidays.TerritoryCodes;
import cl.circuito.calendar.holidays.UnsupportedYearException;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@code null} to consider national holidays only; a malformed code is an {@link InvalidCalendarQueryException}
 * on the field {@code comuna}.
 *
 * <p>Dates and years outside {@value ChileanHolidays#FIRST_SUPPORTED_YEAR}–{@value
 * ChileanHolidays#LAST_SUPPORTED_YEAR} are an {@link UnsupportedYearException} (422) on the field that carried
 * them ({@code year}, {@code date}, {@code from}, {@code to}, or {@code days} when a term runs past the range);
 * years after today use the laws in force today.
 *
 * <p>Special holidays are read from the database one calendar year at a time and kept for {@link #FRESH_FOR}:
 * every page of deadlines needs them, and they change a few times a year, decreed days ahead. An edit made
 * through this node is visible to it at once (the years are dropped when the edit commits); other nodes see it
 * within {@link #FRESH_FOR}.
 *
 * <p>Longer than our classes usually are because it is the calendar module's whole API: many small questions (is it a
 * business day, add or count business days, list holidays) with their argument checks and documentation, over the
 * rules in {@code holidays}.
 */
@Service
public class BusinessCalendar {


    /** How long a year's special holidays are used before they are read again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private final SpecialHolidays specialHolidays;
    private final ChileanHolidays rules;
    private final Clock clock;
    private final Map<Integer, LoadedYear> loadedYears = new ConcurrentHashMap<>();

    private record LoadedYear(List<SpecialHoliday> holidays, Instant loadedAt) {
    }

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
     * Whether the calendar can answer for {@code date}: its year is within {@value
     * ChileanHolidays#FIRST_SUPPORTED_YEAR}–{@value ChileanHolidays#LAST_SUPPORTED_YEAR}. Ask first when a date
     * outside them is not an error for the caller (a date the frequency proposes far ahead).
     */
    public boolean covers(LocalDate date) {
        return date.getYear() >= ChileanHolidays.FIRST_SUPPORTED_YEAR
                && date.getYear() <= ChileanHolidays.LAST_SUPPORTED_YEAR;
    }

    /**
     * Whether {@code date} is a business day in the comuna: not a Saturday, not a Sunday and not a holiday
     * that applies there.
     */
    @CalendarQuery
    public boolean isBusinessDay(LocalDate date, String comunaCode) {
        Objects.requireNonNull(date, "date");
        UnsupportedYearException.requireSupported(date.getYear(), "date");
        return new HolidayLookup(comunaCode, "date").isBusinessDay(date);
    }

    /**
     * The date on which a term of {@code days} business days ends, counted as Ley 19.880 art. 25 requires:
     * counting starts on the business day <em>after</em> {@code from} (the day of notification or receipt
     * never counts, even if it is itself a business day) and the result is the {@code days}-th business day.
     *
     * <p>Example: received on Friday 20 November 2026, a 10 business-day term counts Monday 23 November as
     * day 1 and ends on Friday 4 December 2026. Received on a Saturday, day 1 is the next business day
     * (usually the Monday). With {@code days == 0} the result is {@code from} itself.
     *
     * @param from       day of receipt or notification (any day, business or not)
     * @param days       number of business days of the term, zero or positive
     * @param comunaCode comuna whose holidays apply, or {@code null} for national holidays only
     * @return the last day of the term, always a business day when {@code days > 0}
     * @throws InvalidCalendarQueryException on the field {@code days} when {@code days} is negative
     */
    @CalendarQuery
    public LocalDate addBusinessDays(LocalDate from, int days, String comunaCode) {
        Objects.requireNonNull(from, "from");
        UnsupportedYearException.requireSupported(from.getYear(), "from");
        if (days < 0) {
            throw InvalidCalendarQueryException.negativeDays();
        }
        return new Counter(comunaCode, "days").addBusinessDays(from, days);
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
    @CalendarQuery
    public int businessDaysBetween(LocalDate from, LocalDate to, String comunaCode) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        UnsupportedYearException.requireSupported(from.getYear(), "from");
        UnsupportedYearException.requireSupported(to.getYear(), "to");
        return new Counter(comunaCode, "to").businessDaysBetween(from, to);
    }

    /**
     * One comuna's business days for a batch of computations (a page of deadlines): each year's holidays
     * are read once for the counter's lifetime. Keep it for one request only, so that a holiday the
     * administrator adds is seen by the next one.
     */
    @CalendarQuery
    public Counter counter(String comunaCode) {
        return new Counter(comunaCode, "date");
    }

    /** See {@link #counter(String)}; the same rules as {@link #addBusinessDays} and {@link #businessDaysBetween}. */
    public final class Counter {

        private final HolidayLookup lookup;

        private Counter(String comunaCode, String rangeField) {
            this.lookup = new HolidayLookup(comunaCode, rangeField);
        }

        public LocalDate addBusinessDays(LocalDate from, int days) {
            LocalDate current = from;
            int counted = 0;
            while (counted < days) {
                current = current.plusDays(1);
                if (lookup.isBusinessDay(current)) {
                    counted++;
                }
            }
            return current;
        }

        public int businessDaysBetween(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                return -businessDaysBetween(to, from);
            }
            int count = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                if (lookup.isBusinessDay(day)) {
                    count++;
                }
            }
            return count;
        }
    }

    /**
     * Number of business days in each month of {@code year} in the comuna, January to December.
     */
    @CalendarQuery
    public Map<Month, Integer> businessDaysPerMonth(int year, String comunaCode) {
        UnsupportedYearException.requireSupported(year, "year");
        HolidayLookup lookup = new HolidayLookup(comunaCode, "year");
        Map<Month, Integer> counts = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            YearMonth yearMonth = YearMonth.of(year, month);
            int count = 0;
            for (int day = 1; day <= yearMonth.lengthOfMonth(); day++) {
                if (lookup.isBusinessDay(yearMonth.atDay(day))) {
                    count++;
                }
            }
            counts.put(month, count);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Every holiday of {@code year} that applies in the comuna: the permanent rules plus the special holidays
     * recorded for that year, sorted by date.
     */
    @CalendarQuery
    public List<Holiday> holidaysOf(int year, String comunaCode) {
        return listingOf(year, comunaCode).stream().map(ListedHoliday::holiday).toList();
    }

    /**
     * The same holidays as {@link #holidaysOf}, each with the special-holiday record it comes from (if any), for
     * screens that show where a special holiday applies and let the administrator delete it.
     */
    @CalendarQuery
    public List<ListedHoliday> listingOf(int year, String comunaCode) {
        UnsupportedYearException.requireSupported(year, "year");
        List<ListedHoliday> listing = new ArrayList<>();
        for (Holiday rule : rules.of(year, comunaCode)) {
            listing.add(ListedHoliday.ofRule(rule));
        }
        for (SpecialHoliday special : specialHolidaysOf(year)) {
            if (special.appliesTo(comunaCode)) {
                listing.add(ListedHoliday.of(special));
            }
        }
        listing.sort((a, b) -> Holiday.CHRONOLOGICAL.compare(a.holiday(), b.holiday()));
        return List.copyOf(listing);
    }

    /**
     * Records a holiday decreed by law for a single date. Only an actor with
     * {@link Permission#MANAGE_CALENDAR} may; the record names the actor's username as its author.
     *
     * @param actor      who records it
     * @param date       the holiday
     * @param name       name shown to users, e.g. "Fiesta de La Pampilla"
     * @param legalBasis the law that declares it, e.g. "Ley 21.609"
     * @param scope      whole country, one region or one comuna
     * @throws cl.circuito.shared.security.AccessDenied when the actor may not manage the calendar
     * @throws InvalidSpecialHolidayException          when a field is missing or malformed, or the same date
     *                                                 already has a special holiday with the same scope (field
     *                                                 {@code holidayDate})
     * @throws UnsupportedYearException                when the date is outside the supported years (field
     *                                                 {@code holidayDate})
     */
    @Transactional
    public SpecialHoliday addSpecialHoliday(Actor actor, LocalDate date, String name, String legalBasis,
                                            HolidayScope scope) {
        Objects.requireNonNull(actor, "actor").require(Permission.MANAGE_CALENDAR);
        SpecialHoliday candidate = new SpecialHoliday(date, name, legalBasis, scope, clock.instant(),
                actor.username());
        UnsupportedYearException.requireSupported(date.getYear(), "holidayDate");
        boolean duplicate = specialHolidays.findByHolidayDateBetweenOrderByHolidayDateAsc(date, date).stream()
                .anyMatch(existing -> existing.scope().equals(candidate.scope()));
        if (duplicate) {
            throw duplicateOf(candidate);
        }
        SpecialHoliday saved = specialHolidays.save(candidate);
        forgetLoadedYears();
        return saved;
    }

    /**
     * Deletes a special holiday. Only an actor with {@link Permission#MANAGE_CALENDAR} may.
     *
     * @return the deleted holiday, e.g. to tell the user what was deleted
     * @throws cl.circuito.shared.security.AccessDenied when the actor may not manage the calendar
     * @throws SpecialHolidayNotFoundException          when there is no special holiday with that id
     */
    @Transactional
    public SpecialHoliday removeSpecialHoliday(Actor actor, UUID id) {
        Objects.requireNonNull(actor, "actor").require(Permission.MANAGE_CALENDAR);
        Objects.requireNonNull(id, "id");
        SpecialHoliday existing = specialHolidays.findById(id)
                .orElseThrow(() -> new SpecialHolidayNotFoundException(id));
        specialHolidays.delete(existing);
        forgetLoadedYears();
        return existing;
    }

    private static InvalidSpecialHolidayException duplicateOf(SpecialHoliday candidate) {
        String date = ChileanDates.day(candidate.getHolidayDate());
        HolidayScope scope = candidate.scope();
        if (scope.isNational()) {
            return new InvalidSpecialHolidayException("holidayDate", "error.specialHoliday.duplicate.national", date);
        }
        if (scope.regionCode() != null) {
            return new InvalidSpecialHolidayException("holidayDate", "error.specialHoliday.duplicate.region", date,
                    scope.regionCode());
        }
        return new InvalidSpecialHolidayException("holidayDate", "error.specialHoliday.duplicate.comuna", date,
                scope.comunaCode());
    }

    private List<SpecialHoliday> specialHolidaysOf(int year) {
        Instant now = Instant.now();
        LoadedYear loaded = loadedYears.get(year);
        if (loaded == null || loaded.loadedAt().plus(FRESH_FOR).isBefore(now)) {
            loaded = new LoadedYear(List.copyOf(specialHolidays.findByHolidayDateBetweenOrderByHolidayDateAsc(
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))), now);
            loadedYears.put(year, loaded);
        }
        return loaded.holidays();
    }

    /** Drops the loaded years now and again once the edit commits, so no reader keeps the old list meanwhile. */
    private void forgetLoadedYears() {
        loadedYears.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    loadedYears.clear();
                }
            });
        }
    }

    /**
     * Holiday dates for one comuna, loaded one year at a time and kept only for the duration of one call,
     * so that counting across a year boundary costs one query per year and nothing can go stale.
     */
    private final class HolidayLookup {

        private final String comunaCode;
        /** The request field to blame when counting runs into a year the calendar cannot compute. */
        private final String rangeField;
        private final Map<Integer, Set<LocalDate>> holidayDatesByYear = new HashMap<>();

        HolidayLookup(String comunaCode, String rangeField) {
            TerritoryCodes.requireComunaCodeOrNull(comunaCode);
            this.comunaCode = comunaCode;
            this.rangeField = rangeField;
        }

        boolean isBusinessDay(LocalDate date) {
            DayOfWeek dayOfWeek = date.getDayOfWeek();
            if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
                return false;
            }
            return !holidayDatesByYear.computeIfAbsent(date.getYear(), this::holidayDates).contains(date);
        }

        private Set<LocalDate> holidayDates(int year) {
            UnsupportedYearException.requireSupported(year, rangeField);
            return holidaysOf(year, comunaCode).stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
        }
    }
}

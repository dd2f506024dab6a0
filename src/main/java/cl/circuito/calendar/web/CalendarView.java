package cl.circuito.calendar.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.calendar.holidays.HolidayKind;
import cl.circuito.calendar.holidays.HolidayScope;
import cl.circuito.calendar.holidays.ListedHoliday;
import cl.circuito.network.Territory.ComunaName;
import cl.circuito.network.Territory.RegionComunas;
import cl.circuito.shared.web.Messages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the calendar page shows for one year and one comuna, with every text already in Spanish.
 *
 * @param comuna     the chosen comuna's CUT code, or {@code null} for national holidays only
 * @param comunaName its name, or {@code null}
 * @param regionName the name of its region, or {@code null}
 * @param years      the years offered by the year selector
 */
public record CalendarView(int year, String comuna, String comunaName, String regionName, List<Integer> years,
                    List<RegionComunas> regions, List<HolidayRow> holidays, List<MonthRow> months,
                    int businessDaysInYear) {

    static final int FIRST_LISTED_YEAR = 2019;

    /** The year as text for messages (a number would be formatted "2.026"). */
    public String yearText() {
        return String.valueOf(year);
    }

    /** One row of the holiday table. {@code specialHolidayId} is set only on rows the administrator may delete. */
    public record HolidayRow(LocalDate date, String dateText, String weekday, boolean weekend, String name,
                      String legalBasis, HolidayKind kind, UUID specialHolidayId, String scopeText) {

        public boolean editable() {
            return specialHolidayId != null;
        }
    }

    public record MonthRow(String month, int businessDays) {
    }

    /** Builds the view; the regions come from the network, the holidays and counts from the calendar. */
    static CalendarView of(int year, String comuna, int currentYear, List<RegionComunas> regions,
                           List<ListedHoliday> listing, Map<Month, Integer> businessDays, Messages messages,
                           Locale locale) {
        Map<String, String> regionNames = new HashMap<>();
        Map<String, String> comunaNames = new HashMap<>();
        for (RegionComunas region : regions) {
            regionNames.put(region.code(), region.name());
            for (ComunaName name : region.comunas()) {
                comunaNames.put(name.code(), name.name());
            }
        }
        List<HolidayRow> rows = listing.stream()
                .map(listed -> row(listed, regionNames, comunaNames, messages, locale))
                .toList();
        List<MonthRow> months = new ArrayList<>();
        businessDays.forEach((month, count) ->
                months.add(new MonthRow(capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale),
                        count)));
        int total = businessDays.values().stream().mapToInt(Integer::intValue).sum();
        String comunaName = comuna == null ? null : comunaNames.get(comuna);
        String regionName = comuna == null ? null : regionNames.get(comuna.substring(0, 2));
        return new CalendarView(year, comuna, comunaName, regionName, years(year, currentYear), regions, rows,
                List.copyOf(months), total);
    }

    /** 2019 to next year, plus the year shown if someone asked for another one. */
    static List<Integer> years(int shown, int currentYear) {
        List<Integer> years = new ArrayList<>();
        for (int year = FIRST_LISTED_YEAR; year <= currentYear + 1; year++) {
            years.add(year);
        }
        if (!years.contains(shown)) {
            years.add(shown < FIRST_LISTED_YEAR ? 0 : years.size(), shown);
        }
        return List.copyOf(years);
    }

    private static HolidayRow row(ListedHoliday listed, Map<String, String> regionNames,
                                  Map<String, String> comunaNames, Messages messages, Locale locale) {
        LocalDate date = listed.holiday().date();
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return new HolidayRow(date, ChileanDates.day(date),
                capitalized(dayOfWeek.getDisplayName(TextStyle.FULL, locale), locale),
                dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY,
                listed.holiday().name(), listed.holiday().legalBasis(), listed.holiday().kind(),
                listed.specialHolidayId(), scopeText(listed.scope(), regionNames, comunaNames, messages));
    }

    private static String scopeText(HolidayScope scope, Map<String, String> regionNames,
                                    Map<String, String> comunaNames, Messages messages) {
        if (scope == null) {
            return null;
        }
        if (scope.isNational()) {
            return messages.get("calendar.scope.national");
        }
        if (scope.regionCode() != null) {
            String name = regionNames.get(scope.regionCode());
            return name != null ? messages.get("calendar.scope.region", name)
                    : messages.get("calendar.scope.regionCode", scope.regionCode());
        }
        String name = comunaNames.get(scope.comunaCode());
        return name != null ? messages.get("calendar.scope.comuna", name)
                : messages.get("calendar.scope.comunaCode", scope.comunaCode());
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}

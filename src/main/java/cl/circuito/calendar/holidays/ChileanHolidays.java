package cl.circuito.calendar.holidays;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.calendar.Holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The permanent Chilean public holidays, computed from the laws that create them.
 *
 * <p>This class knows only the rules that repeat every year. Holidays decreed by a law for a single date
 * (a one-off extra Fiestas Patrias day, election days, one-off regional feasts) cannot be derived and live
 * in the {@code special_holiday} table; {@link BusinessCalendar} merges both.
 *
 * <p>Supported from {@value #FIRST_SUPPORTED_YEAR}: that is the first year in which every rule below is in
 * force (Ley 20.299 took effect in 2008; before 2007 Corpus Christi was still a holiday and Virgen del Carmen
 * was not). Later years are computed with today's laws.
 */
public final class ChileanHolidays {

    /** First year for which the rules below are the complete set of permanent holidays. */
    public static final int FIRST_SUPPORTED_YEAR = 2008;

    /** Last year computed: the solstice formula of {@link WinterSolstice} holds up to the year 3000. */
    public static final int LAST_SUPPORTED_YEAR = 3000;

    private static final String LEY_2977 = "Ley 2.977";
    private static final String FIESTAS_PATRIAS_EXTRA = "Feriado adicional de Fiestas Patrias";

    /** Región de Arica y Parinacota (Ley 20.663). */
    private static final String ARICA_Y_PARINACOTA = "15";

    /** Chillán and Chillán Viejo (Ley 20.768). */
    private static final Set<String> CHILLAN_COMUNAS = Set.of("16101", "16103");

    /**
     * All holidays of {@code year} that apply in the given comuna, sorted by date.
     *
     * @param year       calendar year, {@value #FIRST_SUPPORTED_YEAR} to {@value #LAST_SUPPORTED_YEAR}
     * @param comunaCode 5-digit CUT code of the comuna, or {@code null} for national holidays only
     * @throws UnsupportedYearException      on the field {@code year} when the year is out of range
     * @throws InvalidCalendarQueryException on the field {@code comuna} when the comuna code is malformed
     */
    public List<Holiday> of(int year, String comunaCode) {
        UnsupportedYearException.requireSupported(year, "year");
        TerritoryCodes.requireComunaCodeOrNull(comunaCode);
        List<Holiday> holidays = new ArrayList<>();
        addNational(year, holidays);
        if (comunaCode != null) {
            addRegional(year, comunaCode, holidays);
        }
        holidays.sort(Holiday.CHRONOLOGICAL);
        return List.copyOf(holidays);
    }

    private static void addNational(int year, List<Holiday> out) {
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        out.add(national(newYear, "Año Nuevo", LEY_2977));
        // Ley 20.983 (in force since 2017): when 1 January is a Sunday, Monday 2 January is also a holiday.
        if (year >= 2017 && newYear.getDayOfWeek() == DayOfWeek.SUNDAY) {
            out.add(national(newYear.plusDays(1), "Feriado adicional de Año Nuevo", "Ley 20.983"));
        }

        LocalDate easter = Easter.sunday(year);
        out.add(national(easter.minusDays(2), "Viernes Santo", LEY_2977));
        out.add(national(easter.minusDays(1), "Sábado Santo", LEY_2977));

        // Código del Trabajo art. 35: "Se declara Día Nacional del Trabajo el 1º de mayo de cada año".
        out.add(national(LocalDate.of(year, Month.MAY, 1), "Día Nacional del Trabajo", "Código del Trabajo, art. 35"));
        out.add(national(LocalDate.of(year, Month.MAY, 21), "Día de las Glorias Navales", LEY_2977));

        if (year >= 2021) {
            out.add(national(pueblosIndigenas(year), "Día Nacional de los Pueblos Indígenas", "Ley 21.357"));
        }

        out.add(national(HolidayShifts.ley19668(LocalDate.of(year, Month.JUNE, 29)),
                "San Pedro y San Pablo", "Ley 18.432; Ley 19.668"));
        out.add(national(LocalDate.of(year, Month.JULY, 16), "Día de la Virgen del Carmen", "Ley 20.148"));
        out.add(national(LocalDate.of(year, Month.AUGUST, 15), "Asunción de la Virgen", LEY_2977));

        addFiestasPatrias(year, out);

        out.add(national(HolidayShifts.ley19668(LocalDate.of(year, Month.OCTOBER, 12)),
                "Encuentro de Dos Mundos", "Ley 3.810; Ley 19.668"));
        out.add(national(HolidayShifts.ley20299(LocalDate.of(year, Month.OCTOBER, 31)),
                "Día Nacional de las Iglesias Evangélicas y Protestantes", "Ley 20.299"));
        out.add(national(LocalDate.of(year, Month.NOVEMBER, 1), "Día de Todos los Santos", LEY_2977));
        out.add(national(LocalDate.of(year, Month.DECEMBER, 8), "Inmaculada Concepción", LEY_2977));
        out.add(national(LocalDate.of(year, Month.DECEMBER, 25), "Navidad", LEY_2977));
    }

    /**
     * Ley 21.357 makes the day of the southern winter solstice a holiday. For its first year the same law
     * fixed Monday 21 June 2021 instead (the 2021 solstice was on 20 June, 23:32, Chilean time).
     */
    private static LocalDate pueblosIndigenas(int year) {
        if (year == 2021) {
            return LocalDate.of(2021, Month.JUNE, 21);
        }
        return WinterSolstice.dateInChile(year);
    }

    private static void addFiestasPatrias(int year, List<Holiday> out) {
        LocalDate independence = LocalDate.of(year, Month.SEPTEMBER, 18);
        LocalDate army = LocalDate.of(year, Month.SEPTEMBER, 19);

        // Código del Trabajo art. 35 ter (added by Ley 20.215): when 18-19 September fall on Tuesday-Wednesday,
        // Monday 17 is a holiday; when they fall on Wednesday-Thursday, Friday 20 is a holiday.
        if (independence.getDayOfWeek() == DayOfWeek.TUESDAY) {
            out.add(national(independence.minusDays(1), FIESTAS_PATRIAS_EXTRA,
                    "Código del Trabajo, art. 35 ter (Ley 20.215)"));
        }
        // Ley 20.983 (since 2017): when 18-19 September fall on Saturday-Sunday, Friday 17 is a holiday.
        if (year >= 2017 && independence.getDayOfWeek() == DayOfWeek.SATURDAY) {
            out.add(national(independence.minusDays(1), FIESTAS_PATRIAS_EXTRA, "Ley 20.983"));
        }

        out.add(national(independence, "Independencia Nacional", LEY_2977));
        out.add(national(army, "Día de las Glorias del Ejército", LEY_2977));

        if (army.getDayOfWeek() == DayOfWeek.THURSDAY) {
            out.add(national(army.plusDays(1), FIESTAS_PATRIAS_EXTRA,
                    "Código del Trabajo, art. 35 ter (Ley 20.215)"));
        }
    }

    private static void addRegional(int year, String comunaCode, List<Holiday> out) {
        // Ley 20.663 (2013): 7 June, Asalto y Toma del Morro de Arica, in the Región de Arica y Parinacota.
        if (year >= 2013 && ARICA_Y_PARINACOTA.equals(TerritoryCodes.regionOf(comunaCode))) {
            out.add(regional(LocalDate.of(year, Month.JUNE, 7), "Asalto y Toma del Morro de Arica", "Ley 20.663"));
        }
        // Ley 20.768 (2014): 20 August, birth of Bernardo O'Higgins, only in the comunas of Chillán and
        // Chillán Viejo (not the whole Región de Ñuble).
        if (year >= 2014 && CHILLAN_COMUNAS.contains(comunaCode)) {
            out.add(regional(LocalDate.of(year, Month.AUGUST, 20),
                    "Nacimiento del Prócer de la Independencia", "Ley 20.768"));
        }
    }

    private static Holiday national(LocalDate date, String name, String legalBasis) {
        return new Holiday(date, name, legalBasis, HolidayKind.NATIONAL);
    }

    private static Holiday regional(LocalDate date, String name, String legalBasis) {
        return new Holiday(date, name, legalBasis, HolidayKind.REGIONAL);
    }
}

package cl.circuito.calendar.holidays;

import cl.circuito.calendar.Holiday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each moving rule on its own, including the edge weekdays. */
class MovingHolidayRulesTest {

    private final ChileanHolidays rules = new ChileanHolidays();

    @ParameterizedTest(name = "29 June {0} is a {1} -> {2}")
    @CsvSource({
            "2020, MONDAY,    2020-06-29",
            "2021, TUESDAY,   2021-06-28",
            "2022, WEDNESDAY, 2022-06-27",
            "2023, THURSDAY,  2023-06-26",
            "2018, FRIDAY,    2018-07-02",
            "2024, SATURDAY,  2024-06-29",
            "2025, SUNDAY,    2025-06-29",
    })
    void sanPedroYSanPabloFollowsLey19668OnEveryWeekday(int year, DayOfWeek nominalWeekday, LocalDate expected) {
        assertThat(LocalDate.of(year, 6, 29).getDayOfWeek()).isEqualTo(nominalWeekday);
        assertThat(datesNamed(year, "San Pedro y San Pablo")).containsExactly(expected);
    }

    @ParameterizedTest(name = "12 October {0} is a {1} -> {2}")
    @CsvSource({
            "2026, MONDAY,    2026-10-12",
            "2021, TUESDAY,   2021-10-11",
            "2022, WEDNESDAY, 2022-10-10",
            "2023, THURSDAY,  2023-10-09",
            "2018, FRIDAY,    2018-10-15",
            "2024, SATURDAY,  2024-10-12",
            "2025, SUNDAY,    2025-10-12",
    })
    void encuentroDeDosMundosFollowsLey19668OnEveryWeekday(int year, DayOfWeek nominalWeekday, LocalDate expected) {
        assertThat(LocalDate.of(year, 10, 12).getDayOfWeek()).isEqualTo(nominalWeekday);
        assertThat(datesNamed(year, "Encuentro de Dos Mundos")).containsExactly(expected);
    }

    @ParameterizedTest(name = "31 October {0} is a {1} -> {2}")
    @CsvSource({
            "2022, MONDAY,    2022-10-31",
            "2023, TUESDAY,   2023-10-27",
            "2018, WEDNESDAY, 2018-11-02",
            "2024, THURSDAY,  2024-10-31",
            "2025, FRIDAY,    2025-10-31",
            "2026, SATURDAY,  2026-10-31",
            "2027, SUNDAY,    2027-10-31",
            "2028, TUESDAY,   2028-10-27",
            "2029, WEDNESDAY, 2029-11-02",
    })
    void iglesiasEvangelicasFollowsLey20299(int year, DayOfWeek nominalWeekday, LocalDate expected) {
        assertThat(LocalDate.of(year, 10, 31).getDayOfWeek()).isEqualTo(nominalWeekday);
        assertThat(datesNamed(year, "Día Nacional de las Iglesias Evangélicas y Protestantes")).containsExactly(expected);
    }

    @Test
    void secondOfJanuaryOnlyWhenNewYearIsASunday() {
        assertThat(datesNamed(2017, "Feriado adicional de Año Nuevo")).containsExactly(LocalDate.of(2017, 1, 2));
        assertThat(datesNamed(2023, "Feriado adicional de Año Nuevo")).containsExactly(LocalDate.of(2023, 1, 2));
        assertThat(datesNamed(2034, "Feriado adicional de Año Nuevo")).containsExactly(LocalDate.of(2034, 1, 2));
        // 1 January on Saturday (2022) or Monday (2024): no extra day.
        assertThat(datesNamed(2022, "Feriado adicional de Año Nuevo")).isEmpty();
        assertThat(datesNamed(2024, "Feriado adicional de Año Nuevo")).isEmpty();
        // Ley 20.983 dates from December 2016; 1 January 2012 was a Sunday and 2 January was a working day.
        assertThat(datesNamed(2012, "Feriado adicional de Año Nuevo")).isEmpty();
    }

    @ParameterizedTest(name = "Fiestas Patrias {0}: extra days {1}")
    @CsvSource({
            "2018, 2018-09-17",  // 18 Tue -> Monday 17 (art. 35 ter)
            "2029, 2029-09-17",  // 18 Tue -> Monday 17 (art. 35 ter)
            "2019, 2019-09-20",  // 19 Thu -> Friday 20 (art. 35 ter)
            "2024, 2024-09-20",  // 19 Thu -> Friday 20 (art. 35 ter)
            "2021, 2021-09-17",  // 18 Sat, 19 Sun -> Friday 17 (Ley 20.983)
            "2027, 2027-09-17",  // 18 Sat, 19 Sun -> Friday 17 (Ley 20.983)
            "2020, ''",          // 18 Fri, 19 Sat
            "2022, ''",          // 18 Sun, 19 Mon (16 Sep 2022 was a special law, not a rule)
            "2023, ''",          // 18 Mon, 19 Tue
            "2025, ''",          // 18 Thu, 19 Fri
            "2026, ''",          // 18 Fri, 19 Sat
    })
    void fiestasPatriasBridges(int year, String expected) {
        List<LocalDate> expectedDates = expected.isEmpty() ? List.of() : List.of(LocalDate.parse(expected));
        assertThat(datesNamed(year, "Feriado adicional de Fiestas Patrias")).containsExactlyElementsOf(expectedDates);
    }

    @Test
    void fiestasPatriasBridgesCiteTheirLaw() {
        assertThat(named(2024, "Feriado adicional de Fiestas Patrias")).singleElement()
                .extracting(Holiday::legalBasis).asString().contains("35 ter");
        assertThat(named(2027, "Feriado adicional de Fiestas Patrias")).singleElement()
                .extracting(Holiday::legalBasis).isEqualTo("Ley 20.983");
    }

    @ParameterizedTest(name = "Pueblos Indígenas {0} -> {1}")
    @CsvSource({
            "2021, 2021-06-21",  // fixed by Ley 21.357 for its first year (the solstice was 20 June, 23:32 in Chile)
            "2022, 2022-06-21",
            "2023, 2023-06-21",
            "2024, 2024-06-20",
            "2025, 2025-06-20",  // 21 June 02:42 UTC is still 20 June in Santiago
            "2026, 2026-06-21",
            "2027, 2027-06-21",
            "2028, 2028-06-20",
            "2029, 2029-06-20",  // 21 June 01:48 UTC is 20 June in Santiago
            "2030, 2030-06-21",
    })
    void pueblosIndigenasOnTheWinterSolstice(int year, LocalDate expected) {
        assertThat(datesNamed(year, "Día Nacional de los Pueblos Indígenas")).containsExactly(expected);
        assertThat(named(year, "Día Nacional de los Pueblos Indígenas")).singleElement()
                .extracting(Holiday::legalBasis).isEqualTo("Ley 21.357");
    }

    @Test
    void noPueblosIndigenasBeforeLey21357() {
        assertThat(datesNamed(2020, "Día Nacional de los Pueblos Indígenas")).isEmpty();
    }

    @ParameterizedTest(name = "Easter {0} -> {1}")
    @CsvSource({
            "2019, 2019-04-21", "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09",
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
            "2285, 2285-03-22",
    })
    void easterSundayAndHolyWeek(int year, LocalDate easterSunday) {
        assertThat(Easter.sunday(year)).isEqualTo(easterSunday);
        assertThat(datesNamed(year, "Viernes Santo")).containsExactly(easterSunday.minusDays(2));
        assertThat(datesNamed(year, "Sábado Santo")).containsExactly(easterSunday.minusDays(1));
    }

    @Test
    void shiftHelpersOnEveryWeekday() {
        LocalDate monday = LocalDate.of(2026, 6, 22);
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            LocalDate moved = HolidayShifts.ley19668(day);
            switch (day.getDayOfWeek()) {
                case TUESDAY, WEDNESDAY, THURSDAY -> assertThat(moved).isEqualTo(monday);
                case FRIDAY -> assertThat(moved).isEqualTo(monday.plusDays(7));
                default -> assertThat(moved).isEqualTo(day);
            }
            assertThat(moved.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void laterYearsAreComputedAndEarlyYearsRejected() {
        assertThat(rules.of(2040, null)).hasSizeGreaterThanOrEqualTo(16);
        assertThatThrownBy(() -> rules.of(2007, null)).isInstanceOf(UnsupportedYearException.class)
                .extracting("field").isEqualTo("year");
    }

    private List<Holiday> named(int year, String name) {
        return rules.of(year, null).stream().filter(holiday -> holiday.name().equals(name)).toList();
    }

    private List<LocalDate> datesNamed(int year, String name) {
        return named(year, name).stream().map(Holiday::date).toList();
    }
}

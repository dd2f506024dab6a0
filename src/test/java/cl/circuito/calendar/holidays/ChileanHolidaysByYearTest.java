package cl.circuito.calendar.holidays;

import cl.circuito.calendar.Holiday;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complete list of permanent national holidays for every year 2019-2027, date by date.
 *
 * <p>Expected tables taken from the official calendars as published by the government and reproduced by the
 * press (feriados.cl, gob.cl), cross-checked against the laws. One-off holidays decreed by special law (for
 * instance Friday 16 September 2022) are not rules: they come from the special_holiday table and are covered by
 * {@link cl.circuito.calendar.SeedDataTest}. 2027 has no official calendar yet; its table follows the laws (its weekdays match 2021).
 */
class ChileanHolidaysByYearTest {

    private final ChileanHolidays rules = new ChileanHolidays();

    @Test
    void year2019() {
        assertNationalHolidays(2019, """
                2019-01-01 Año Nuevo
                2019-04-19 Viernes Santo
                2019-04-20 Sábado Santo
                2019-05-01 Día Nacional del Trabajo
                2019-05-21 Día de las Glorias Navales
                2019-06-29 San Pedro y San Pablo
                2019-07-16 Día de la Virgen del Carmen
                2019-08-15 Asunción de la Virgen
                2019-09-18 Independencia Nacional
                2019-09-19 Día de las Glorias del Ejército
                2019-09-20 Feriado adicional de Fiestas Patrias
                2019-10-12 Encuentro de Dos Mundos
                2019-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2019-11-01 Día de Todos los Santos
                2019-12-08 Inmaculada Concepción
                2019-12-25 Navidad
                """);
    }

    @Test
    void year2020() {
        assertNationalHolidays(2020, """
                2020-01-01 Año Nuevo
                2020-04-10 Viernes Santo
                2020-04-11 Sábado Santo
                2020-05-01 Día Nacional del Trabajo
                2020-05-21 Día de las Glorias Navales
                2020-06-29 San Pedro y San Pablo
                2020-07-16 Día de la Virgen del Carmen
                2020-08-15 Asunción de la Virgen
                2020-09-18 Independencia Nacional
                2020-09-19 Día de las Glorias del Ejército
                2020-10-12 Encuentro de Dos Mundos
                2020-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2020-11-01 Día de Todos los Santos
                2020-12-08 Inmaculada Concepción
                2020-12-25 Navidad
                """);
    }

    @Test
    void year2021() {
        assertNationalHolidays(2021, """
                2021-01-01 Año Nuevo
                2021-04-02 Viernes Santo
                2021-04-03 Sábado Santo
                2021-05-01 Día Nacional del Trabajo
                2021-05-21 Día de las Glorias Navales
                2021-06-21 Día Nacional de los Pueblos Indígenas
                2021-06-28 San Pedro y San Pablo
                2021-07-16 Día de la Virgen del Carmen
                2021-08-15 Asunción de la Virgen
                2021-09-17 Feriado adicional de Fiestas Patrias
                2021-09-18 Independencia Nacional
                2021-09-19 Día de las Glorias del Ejército
                2021-10-11 Encuentro de Dos Mundos
                2021-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2021-11-01 Día de Todos los Santos
                2021-12-08 Inmaculada Concepción
                2021-12-25 Navidad
                """);
    }

    @Test
    void year2022() {
        assertNationalHolidays(2022, """
                2022-01-01 Año Nuevo
                2022-04-15 Viernes Santo
                2022-04-16 Sábado Santo
                2022-05-01 Día Nacional del Trabajo
                2022-05-21 Día de las Glorias Navales
                2022-06-21 Día Nacional de los Pueblos Indígenas
                2022-06-27 San Pedro y San Pablo
                2022-07-16 Día de la Virgen del Carmen
                2022-08-15 Asunción de la Virgen
                2022-09-18 Independencia Nacional
                2022-09-19 Día de las Glorias del Ejército
                2022-10-10 Encuentro de Dos Mundos
                2022-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2022-11-01 Día de Todos los Santos
                2022-12-08 Inmaculada Concepción
                2022-12-25 Navidad
                """);
    }

    @Test
    void year2023() {
        assertNationalHolidays(2023, """
                2023-01-01 Año Nuevo
                2023-01-02 Feriado adicional de Año Nuevo
                2023-04-07 Viernes Santo
                2023-04-08 Sábado Santo
                2023-05-01 Día Nacional del Trabajo
                2023-05-21 Día de las Glorias Navales
                2023-06-21 Día Nacional de los Pueblos Indígenas
                2023-06-26 San Pedro y San Pablo
                2023-07-16 Día de la Virgen del Carmen
                2023-08-15 Asunción de la Virgen
                2023-09-18 Independencia Nacional
                2023-09-19 Día de las Glorias del Ejército
                2023-10-09 Encuentro de Dos Mundos
                2023-10-27 Día Nacional de las Iglesias Evangélicas y Protestantes
                2023-11-01 Día de Todos los Santos
                2023-12-08 Inmaculada Concepción
                2023-12-25 Navidad
                """);
    }

    @Test
    void year2024() {
        assertNationalHolidays(2024, """
                2024-01-01 Año Nuevo
                2024-03-29 Viernes Santo
                2024-03-30 Sábado Santo
                2024-05-01 Día Nacional del Trabajo
                2024-05-21 Día de las Glorias Navales
                2024-06-20 Día Nacional de los Pueblos Indígenas
                2024-06-29 San Pedro y San Pablo
                2024-07-16 Día de la Virgen del Carmen
                2024-08-15 Asunción de la Virgen
                2024-09-18 Independencia Nacional
                2024-09-19 Día de las Glorias del Ejército
                2024-09-20 Feriado adicional de Fiestas Patrias
                2024-10-12 Encuentro de Dos Mundos
                2024-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2024-11-01 Día de Todos los Santos
                2024-12-08 Inmaculada Concepción
                2024-12-25 Navidad
                """);
    }

    @Test
    void year2025() {
        assertNationalHolidays(2025, """
                2025-01-01 Año Nuevo
                2025-04-18 Viernes Santo
                2025-04-19 Sábado Santo
                2025-05-01 Día Nacional del Trabajo
                2025-05-21 Día de las Glorias Navales
                2025-06-20 Día Nacional de los Pueblos Indígenas
                2025-06-29 San Pedro y San Pablo
                2025-07-16 Día de la Virgen del Carmen
                2025-08-15 Asunción de la Virgen
                2025-09-18 Independencia Nacional
                2025-09-19 Día de las Glorias del Ejército
                2025-10-12 Encuentro de Dos Mundos
                2025-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2025-11-01 Día de Todos los Santos
                2025-12-08 Inmaculada Concepción
                2025-12-25 Navidad
                """);
    }

    @Test
    void year2026() {
        assertNationalHolidays(2026, """
                2026-01-01 Año Nuevo
                2026-04-03 Viernes Santo
                2026-04-04 Sábado Santo
                2026-05-01 Día Nacional del Trabajo
                2026-05-21 Día de las Glorias Navales
                2026-06-21 Día Nacional de los Pueblos Indígenas
                2026-06-29 San Pedro y San Pablo
                2026-07-16 Día de la Virgen del Carmen
                2026-08-15 Asunción de la Virgen
                2026-09-18 Independencia Nacional
                2026-09-19 Día de las Glorias del Ejército
                2026-10-12 Encuentro de Dos Mundos
                2026-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2026-11-01 Día de Todos los Santos
                2026-12-08 Inmaculada Concepción
                2026-12-25 Navidad
                """);
    }

    @Test
    void year2027() {
        assertNationalHolidays(2027, """
                2027-01-01 Año Nuevo
                2027-03-26 Viernes Santo
                2027-03-27 Sábado Santo
                2027-05-01 Día Nacional del Trabajo
                2027-05-21 Día de las Glorias Navales
                2027-06-21 Día Nacional de los Pueblos Indígenas
                2027-06-28 San Pedro y San Pablo
                2027-07-16 Día de la Virgen del Carmen
                2027-08-15 Asunción de la Virgen
                2027-09-17 Feriado adicional de Fiestas Patrias
                2027-09-18 Independencia Nacional
                2027-09-19 Día de las Glorias del Ejército
                2027-10-11 Encuentro de Dos Mundos
                2027-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes
                2027-11-01 Día de Todos los Santos
                2027-12-08 Inmaculada Concepción
                2027-12-25 Navidad
                """);
    }

    @Test
    void everyRuleHolidayIsNationalAndCitesALaw() {
        for (int year = 2019; year <= 2027; year++) {
            assertThat(rules.of(year, null)).allSatisfy(holiday -> {
                assertThat(holiday.kind()).isEqualTo(HolidayKind.NATIONAL);
                assertThat(holiday.legalBasis()).matches(".*(Ley|Código del Trabajo).*");
            });
        }
    }

    private void assertNationalHolidays(int year, String table) {
        List<String> expected = table.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> actual = rules.of(year, null).stream()
                .map(holiday -> holiday.date() + " " + holiday.name())
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(rules.of(year, null)).extracting(Holiday::date)
                .allSatisfy(date -> assertThat(date.getYear()).isEqualTo(year))
                .isSortedAccordingTo(LocalDate::compareTo);
    }
}

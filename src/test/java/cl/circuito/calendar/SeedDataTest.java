package cl.circuito.calendar;

import cl.circuito.calendar.holidays.ChileanHolidays;
import cl.circuito.calendar.holidays.HolidayScope;
import cl.circuito.calendar.holidays.SpecialHoliday;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed rows of V3__calendar.sql: each must be a valid special holiday, and together with the rules they must
 * give the official calendars of the years where special laws added days.
 */
class SeedDataTest {

    private static final Pattern SEED_ROW = Pattern.compile(
            "\\(gen_random_uuid\\(\\), DATE '(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')*)', '((?:[^']|'')*)', "
                    + "(NULL|'\\d+'), (NULL|'\\d+'), now\\(\\), 'sistema'\\)[,;]");

    private List<SpecialHoliday> seeds;
    private InMemorySpecialHolidays repository;
    private BusinessCalendar calendar;

    @BeforeEach
    void loadSeeds() throws IOException {
        seeds = parseSeeds();
        repository = new InMemorySpecialHolidays();
        seeds.forEach(repository::save);
        calendar = new BusinessCalendar(repository, new ChileanHolidays(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    @Test
    void everySeedRowIsAValidSpecialHolidayInTheSupportedRange() {
        assertThat(seeds).isNotEmpty().allSatisfy(seed -> {
            assertThat(seed.getHolidayDate().getYear()).isBetween(2019, 2027);
            assertThat(seed.getLegalBasis()).contains("Ley");
        });
    }

    @Test
    void noDateIsSeededTwiceForTheSameScope() {
        Set<String> keys = new HashSet<>();
        for (SpecialHoliday seed : seeds) {
            assertThat(keys.add(seed.getHolidayDate() + "/" + seed.scope())).as(seed.toString()).isTrue();
        }
    }

    @Test
    void onlyFourSeededDatesFallOnWeekdays() {
        Set<LocalDate> weekdays = new HashSet<>();
        for (SpecialHoliday seed : seeds) {
            DayOfWeek day = seed.getHolidayDate().getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                weekdays.add(seed.getHolidayDate());
            }
        }
        assertThat(weekdays).containsExactlyInAnyOrder(
                LocalDate.of(2022, 9, 16), LocalDate.of(2023, 8, 10), LocalDate.of(2023, 9, 8), LocalDate.of(2023, 9, 20));
    }

    @Test
    void officialNationalCalendar2022IncludesTheSpecialLawDays() {
        assertThat(calendar.holidaysOf(2022, null)).extracting(holiday -> holiday.date() + " " + holiday.name())
                .containsExactly(
                        "2022-01-01 Año Nuevo",
                        "2022-04-15 Viernes Santo",
                        "2022-04-16 Sábado Santo",
                        "2022-05-01 Día Nacional del Trabajo",
                        "2022-05-21 Día de las Glorias Navales",
                        "2022-06-21 Día Nacional de los Pueblos Indígenas",
                        "2022-06-27 San Pedro y San Pablo",
                        "2022-07-16 Día de la Virgen del Carmen",
                        "2022-08-15 Asunción de la Virgen",
                        "2022-09-04 Plebiscito constitucional",
                        "2022-09-16 Feriado adicional de Fiestas Patrias 2022",
                        "2022-09-18 Independencia Nacional",
                        "2022-09-19 Día de las Glorias del Ejército",
                        "2022-10-10 Encuentro de Dos Mundos",
                        "2022-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes",
                        "2022-11-01 Día de Todos los Santos",
                        "2022-12-08 Inmaculada Concepción",
                        "2022-12-25 Navidad");
    }

    @Test
    void regionalSpecialLawDaysOf2023() {
        LocalDate sanLorenzo = LocalDate.of(2023, 8, 10);
        assertThat(calendar.isBusinessDay(sanLorenzo, "01101")).isFalse(); // Iquique, Tarapacá
        assertThat(calendar.isBusinessDay(sanLorenzo, "03101")).isFalse(); // Copiapó, Atacama
        assertThat(calendar.isBusinessDay(sanLorenzo, "02101")).isTrue();  // Antofagasta
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 9, 8), "02201")).isFalse(); // Calama, Antofagasta
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 9, 20), "04101")).isFalse(); // La Serena, Coquimbo
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 9, 20), "13101")).isTrue();
    }

    @Test
    void electionDaysAreHolidaysButDoNotChangeDeadlines() {
        assertThat(calendar.holidaysOf(2025, "13101")).extracting(Holiday::date)
                .contains(LocalDate.of(2025, 11, 16), LocalDate.of(2025, 12, 14));
        // The second round of governors in 2024 was not held in Ñuble.
        assertThat(calendar.holidaysOf(2024, "16101")).extracting(Holiday::date).doesNotContain(LocalDate.of(2024, 11, 24));
        assertThat(calendar.holidaysOf(2024, "13101")).extracting(Holiday::date).contains(LocalDate.of(2024, 11, 24));
    }

    private static List<SpecialHoliday> parseSeeds() throws IOException {
        String sql;
        try (InputStream in = SeedDataTest.class.getResourceAsStream("/db/migration/calendar/V3__calendar.sql")) {
            assertThat(in).as("V3__calendar.sql on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<SpecialHoliday> result = new ArrayList<>();
        long rowLines = sql.lines().filter(line -> line.startsWith("(gen_random_uuid()")).count();
        Matcher matcher = SEED_ROW.matcher(sql);
        while (matcher.find()) {
            result.add(new SpecialHoliday(
                    LocalDate.parse(matcher.group(1)),
                    unquote(matcher.group(2)),
                    unquote(matcher.group(3)),
                    new HolidayScope(code(matcher.group(4)), code(matcher.group(5))),
                    Instant.EPOCH,
                    "sistema"));
        }
        assertThat(result).as("every seed line parsed").hasSize((int) rowLines);
        return result;
    }

    private static String unquote(String sqlString) {
        return sqlString.replace("''", "'");
    }

    private static String code(String sqlValue) {
        return "NULL".equals(sqlValue) ? null : sqlValue.substring(1, sqlValue.length() - 1);
    }
}

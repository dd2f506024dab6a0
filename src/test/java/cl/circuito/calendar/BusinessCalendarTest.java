package cl.circuito.calendar;

import cl.circuito.calendar.holidays.ChileanHolidays;
import cl.circuito.calendar.holidays.HolidayKind;
import cl.circuito.calendar.holidays.HolidayScope;
import cl.circuito.calendar.holidays.InvalidCalendarQueryException;
import cl.circuito.calendar.holidays.ListedHoliday;
import cl.circuito.calendar.holidays.SpecialHoliday;
import cl.circuito.calendar.holidays.UnsupportedYearException;
import cl.circuito.shared.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deadlines under Ley 19.880 art. 25 and the signed business-day distance. */
class BusinessCalendarTest {

    private static final String SANTIAGO = "13101";
    private static final String COQUIMBO = "04102";
    private static final String CHILLAN = "16101";
    private static final String SAN_CARLOS = "16301";
    private static final String ARICA = "15101";

    private static final Actor ADMIN = TestActors.admin("test");

    private final InMemorySpecialHolidays specialHolidays = new InMemorySpecialHolidays();
    private final BusinessCalendar calendar = new BusinessCalendar(specialHolidays, new ChileanHolidays(),
            Clock.fixed(Instant.parse("2026-01-05T12:00:00Z"), ZoneOffset.UTC));

    // --- isBusinessDay -------------------------------------------------------------------------------------

    @Test
    void weekdaysThatAreNotHolidaysAreBusinessDays() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 20), SANTIAGO)).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 20), null)).isTrue();
    }

    @Test
    void weekendsAreNeverBusinessDays() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 21), SANTIAGO)).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 22), SANTIAGO)).isFalse();
    }

    @Test
    void holidaysAreNotBusinessDays() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 6, 29), SANTIAGO)).isFalse(); // San Pedro y San Pablo
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 10, 27), SANTIAGO)).isFalse(); // Iglesias Evangélicas moved
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 10, 31), SANTIAGO)).isTrue(); // ...so 31 Oct is worked
    }

    @Test
    void regionalHolidaysOnlyWhereTheyApply() {
        LocalDate morro = LocalDate.of(2024, 6, 7); // a Friday
        assertThat(calendar.isBusinessDay(morro, ARICA)).isFalse();
        assertThat(calendar.isBusinessDay(morro, SANTIAGO)).isTrue();
        assertThat(calendar.isBusinessDay(morro, null)).isTrue();
    }

    @Test
    void malformedComunaIsRejected() {
        assertThatThrownBy(() -> calendar.isBusinessDay(LocalDate.of(2026, 1, 5), "Santiago"))
                .isInstanceOf(InvalidCalendarQueryException.class)
                .extracting("field").isEqualTo("comuna");
    }

    // --- addBusinessDays -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} + {1} business days -> {2}")
    @CsvSource({
            // The example of the brief: received Friday 20 Nov 2026, Monday 23 is day 1, day 10 is Friday 4 Dec.
            "2026-11-20, 10, 2026-12-04",
            // Across a weekend.
            "2026-03-05, 2, 2026-03-09",
            "2026-03-06, 1, 2026-03-09",
            // Received on a Saturday: day 1 is the Monday.
            "2026-11-21, 1, 2026-11-23",
            // Fiestas Patrias 2024: 18, 19 and 20 (Friday, art. 35 ter) are holidays, then the weekend.
            "2024-09-16, 1, 2024-09-17",
            "2024-09-16, 2, 2024-09-23",
            "2024-09-16, 3, 2024-09-24",
            "2024-09-17, 1, 2024-09-23",
            // Christmas and New Year 2024-2025.
            "2024-12-23, 5, 2024-12-31",
            "2024-12-23, 6, 2025-01-02",
            // New Year 2023: Sunday 1 and Monday 2 January (Ley 20.983).
            "2022-12-23, 5, 2022-12-30",
            "2022-12-23, 6, 2023-01-03",
            // Easter 2025: Viernes Santo 18 April.
            "2025-04-16, 1, 2025-04-17",
            "2025-04-16, 2, 2025-04-21",
            // Zero days: the start itself.
            "2026-11-21, 0, 2026-11-21",
    })
    void deadlinesInSantiago(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.addBusinessDays(start, days, SANTIAGO)).isEqualTo(expected);
    }

    @Test
    void deadlineDependsOnTheComuna() {
        LocalDate tuesday = LocalDate.of(2025, 8, 19);
        assertThat(calendar.addBusinessDays(tuesday, 1, CHILLAN)).isEqualTo(LocalDate.of(2025, 8, 21));
        assertThat(calendar.addBusinessDays(tuesday, 1, SAN_CARLOS)).isEqualTo(LocalDate.of(2025, 8, 20));
    }

    @Test
    void specialHolidaysMoveDeadlines() {
        calendar.addSpecialHoliday(ADMIN, LocalDate.of(2022, 9, 16), "Feriado adicional de Fiestas Patrias 2022",
                "Ley especial 2022", HolidayScope.national());
        calendar.addSpecialHoliday(ADMIN, LocalDate.of(2023, 9, 20), "Fiesta de La Pampilla", "Ley 21.609",
                HolidayScope.region("04"));

        // 16 (special), 17-18 weekend, 19 September 2022: next business day is Tuesday 20.
        assertThat(calendar.addBusinessDays(LocalDate.of(2022, 9, 15), 1, SANTIAGO)).isEqualTo(LocalDate.of(2022, 9, 20));
        // La Pampilla only in the Región de Coquimbo.
        LocalDate friday = LocalDate.of(2023, 9, 15);
        assertThat(calendar.addBusinessDays(friday, 1, COQUIMBO)).isEqualTo(LocalDate.of(2023, 9, 21));
        assertThat(calendar.addBusinessDays(friday, 1, SANTIAGO)).isEqualTo(LocalDate.of(2023, 9, 20));
    }

    @Test
    void negativeTermsAreRejected() {
        assertThatThrownBy(() -> calendar.addBusinessDays(LocalDate.of(2026, 1, 5), -1, SANTIAGO))
                .isInstanceOf(InvalidCalendarQueryException.class)
                .extracting("field").isEqualTo("days");
    }

    @Test
    void specialHolidaysAreReadOncePerYearTouched() {
        calendar.addBusinessDays(LocalDate.of(2024, 12, 20), 20, SANTIAGO);
        assertThat(specialHolidays.rangeQueries()).isEqualTo(2); // 2024 and 2025
    }

    // --- businessDaysBetween -------------------------------------------------------------------------------

    @Test
    void zeroWhenEqual() {
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), SANTIAGO))
                .isZero();
    }

    @Test
    void positiveWhenTheDeadlineIsAhead() {
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4), SANTIAGO))
                .isEqualTo(10);
        // "vence en 2 días hábiles": Wednesday 2 December seen from Monday 30 November.
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), SANTIAGO))
                .isEqualTo(2);
        // Over Fiestas Patrias 2024 only Monday 23 counts.
        assertThat(calendar.businessDaysBetween(LocalDate.of(2024, 9, 17), LocalDate.of(2024, 9, 23), SANTIAGO))
                .isEqualTo(1);
    }

    @Test
    void negativeWhenTheDeadlineHasPassed() {
        // "vencido hace 3 días hábiles": deadline Tuesday 1 December, today Friday 4 December.
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 1), SANTIAGO))
                .isEqualTo(-3);
        assertThat(calendar.businessDaysBetween(LocalDate.of(2024, 9, 23), LocalDate.of(2024, 9, 17), SANTIAGO))
                .isEqualTo(-1);
    }

    @Test
    void weekendsAndHolidaysAtTheEndsDoNotCount() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(calendar.businessDaysBetween(friday, friday.plusDays(1), SANTIAGO)).isZero();
        assertThat(calendar.businessDaysBetween(friday.plusDays(1), friday.plusDays(2), SANTIAGO)).isZero();
        assertThat(calendar.businessDaysBetween(friday, friday.plusDays(3), SANTIAGO)).isEqualTo(1);
    }

    @Test
    void businessDaysBetweenIsTheInverseOfAddBusinessDays() {
        for (LocalDate start = LocalDate.of(2024, 9, 1); start.isBefore(LocalDate.of(2025, 1, 15));
             start = start.plusDays(3)) {
            for (int days = 0; days <= 25; days++) {
                LocalDate end = calendar.addBusinessDays(start, days, SANTIAGO);
                assertThat(calendar.businessDaysBetween(start, end, SANTIAGO)).as(start + " + " + days).isEqualTo(days);
                assertThat(calendar.businessDaysBetween(end, start, SANTIAGO)).isEqualTo(-days);
            }
        }
    }

    // --- holidaysOf ----------------------------------------------------------------------------------------

    @Test
    void holidaysOfMergesRulesAndSpecialHolidaysInDateOrder() {
        calendar.addSpecialHoliday(ADMIN, LocalDate.of(2023, 9, 20), "Fiesta de La Pampilla", "Ley 21.609",
                HolidayScope.region("04"));
        calendar.addSpecialHoliday(ADMIN, LocalDate.of(2023, 12, 17), "Plebiscito constitucional", "Ley 21.533",
                HolidayScope.national());

        assertThat(calendar.holidaysOf(2023, COQUIMBO))
                .contains(new Holiday(LocalDate.of(2023, 9, 20), "Fiesta de La Pampilla", "Ley 21.609",
                        HolidayKind.SPECIAL_LAW))
                .extracting(Holiday::date).isSorted();
        assertThat(calendar.holidaysOf(2023, SANTIAGO)).extracting(Holiday::name)
                .contains("Plebiscito constitucional")
                .doesNotContain("Fiesta de La Pampilla");
        assertThat(calendar.holidaysOf(2023, null)).hasSize(new ChileanHolidays().of(2023, null).size() + 1);
    }

    // --- years out of range, months, listing -------------------------------------------------------------

    @Test
    void yearsOutOfRangeAreRejectedNamingTheField() {
        assertThatThrownBy(() -> calendar.holidaysOf(2007, SANTIAGO))
                .isInstanceOf(UnsupportedYearException.class)
                .hasFieldOrPropertyWithValue("field", "year")
                .hasFieldOrPropertyWithValue("messageKey", "error.calendar.unsupportedYear");
        assertThatThrownBy(() -> calendar.addBusinessDays(LocalDate.of(1999, 3, 1), 5, SANTIAGO))
                .isInstanceOf(UnsupportedYearException.class).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> calendar.businessDaysBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2005, 3, 1), null))
                .isInstanceOf(UnsupportedYearException.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> calendar.isBusinessDay(LocalDate.of(3001, 1, 2), null))
                .isInstanceOf(UnsupportedYearException.class).extracting("field").isEqualTo("date");
        assertThatThrownBy(() -> calendar.businessDaysPerMonth(1990, null))
                .isInstanceOf(UnsupportedYearException.class).extracting("field").isEqualTo("year");
        // A term that would run past the last supported year blames its length.
        assertThatThrownBy(() -> calendar.addBusinessDays(LocalDate.of(3000, 12, 20), 30, null))
                .isInstanceOf(UnsupportedYearException.class).extracting("field").isEqualTo("days");
    }

    @Test
    void countsTheBusinessDaysOfEachMonth() {
        Map<Month, Integer> santiago = calendar.businessDaysPerMonth(2026, SANTIAGO);
        // June 2026: 22 weekdays; Sunday 21 (Pueblos Indígenas) changes nothing, Monday 29 (San Pedro y San Pablo) does.
        assertThat(santiago.get(Month.JUNE)).isEqualTo(21);
        // June 2024: 20 weekdays; Thursday 20 (Pueblos Indígenas) everywhere, Friday 7 (Morro de Arica) in Arica.
        assertThat(calendar.businessDaysPerMonth(2024, SANTIAGO).get(Month.JUNE)).isEqualTo(19);
        assertThat(calendar.businessDaysPerMonth(2024, ARICA).get(Month.JUNE)).isEqualTo(18);
        assertThat(santiago).hasSize(12);
        assertThat(santiago.keySet()).containsExactly(Month.values());
        int total = santiago.values().stream().mapToInt(Integer::intValue).sum();
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertThat(total).isEqualTo(calendar.businessDaysBetween(LocalDate.of(2025, 12, 31), end, SANTIAGO));
    }

    @Test
    void listingTellsWhichRowsWereRecordedByTheAdministrator() {
        SpecialHoliday pampilla = calendar.addSpecialHoliday(ADMIN, LocalDate.of(2023, 9, 20), "Fiesta de La Pampilla",
                "Ley 21.609", HolidayScope.region("04"));

        List<ListedHoliday> listing = calendar.listingOf(2023, COQUIMBO);

        assertThat(listing).extracting(ListedHoliday::holiday).isEqualTo(calendar.holidaysOf(2023, COQUIMBO));
        assertThat(listing).filteredOn(ListedHoliday::isEditable).singleElement()
                .satisfies(row -> {
                    assertThat(row.specialHolidayId()).isEqualTo(pampilla.getId());
                    assertThat(row.scope()).isEqualTo(HolidayScope.region("04"));
                });
        assertThat(listing).filteredOn(row -> !row.isEditable())
                .allSatisfy(row -> assertThat(row.holiday().kind()).isNotEqualTo(HolidayKind.SPECIAL_LAW));
    }
}

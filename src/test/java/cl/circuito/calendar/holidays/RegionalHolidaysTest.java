package cl.circuito.calendar.holidays;

import cl.circuito.calendar.Holiday;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ley 20.663 (Arica y Parinacota, 7 June) and Ley 20.768 (Chillán and Chillán Viejo, 20 August). */
class RegionalHolidaysTest {

    private static final String ARICA = "15101";
    private static final String PUTRE = "15201";
    private static final String SANTIAGO = "13101";
    private static final String CHILLAN = "16101";
    private static final String CHILLAN_VIEJO = "16103";
    private static final String SAN_CARLOS = "16301";

    private static final LocalDate MORRO_2023 = LocalDate.of(2023, 6, 7);
    private static final LocalDate OHIGGINS_2025 = LocalDate.of(2025, 8, 20);

    private final ChileanHolidays rules = new ChileanHolidays();

    @Test
    void aricaYParinacotaGetsSeventhOfJune() {
        assertThat(regional(2023, ARICA)).containsExactly(
                new Holiday(MORRO_2023, "Asalto y Toma del Morro de Arica", "Ley 20.663", HolidayKind.REGIONAL));
        // The whole region, not only the city of Arica.
        assertThat(dates(2023, PUTRE)).contains(MORRO_2023);
    }

    @Test
    void santiagoDoesNotGetSeventhOfJune() {
        assertThat(dates(2023, SANTIAGO)).doesNotContain(MORRO_2023);
        assertThat(regional(2023, SANTIAGO)).isEmpty();
    }

    @Test
    void chillanAndChillanViejoGetTwentiethOfAugust() {
        Holiday expected = new Holiday(OHIGGINS_2025, "Nacimiento del Prócer de la Independencia", "Ley 20.768",
                HolidayKind.REGIONAL);
        assertThat(regional(2025, CHILLAN)).containsExactly(expected);
        assertThat(regional(2025, CHILLAN_VIEJO)).containsExactly(expected);
    }

    @Test
    void sanCarlosInTheSameRegionDoesNotGetTwentiethOfAugust() {
        assertThat(dates(2025, SAN_CARLOS)).doesNotContain(OHIGGINS_2025);
    }

    @Test
    void nullComunaMeansNationalOnly() {
        assertThat(rules.of(2025, null)).extracting(Holiday::kind).containsOnly(HolidayKind.NATIONAL);
        assertThat(rules.of(2025, ARICA)).hasSize(rules.of(2025, null).size() + 1);
    }

    @Test
    void regionalHolidaysAreSortedAmongTheNationalOnes() {
        assertThat(rules.of(2025, CHILLAN)).extracting(Holiday::date).isSorted();
    }

    @Test
    void malformedComunaCodesAreRejected() {
        for (String bad : List.of("1310", "131010", "13-01", "1710A", "00101", "17101", "")) {
            assertThatThrownBy(() -> rules.of(2025, bad)).as(bad).isInstanceOf(InvalidCalendarQueryException.class);
        }
    }

    private List<Holiday> regional(int year, String comuna) {
        return rules.of(year, comuna).stream().filter(holiday -> holiday.kind() == HolidayKind.REGIONAL).toList();
    }

    private List<LocalDate> dates(int year, String comuna) {
        return rules.of(year, comuna).stream().map(Holiday::date).toList();
    }
}

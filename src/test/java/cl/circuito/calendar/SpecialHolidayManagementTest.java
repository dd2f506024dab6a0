package cl.circuito.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding and removing special holidays, and the validation of their fields. */
class SpecialHolidayManagementTest {

    private static final Instant NOW = Instant.parse("2026-03-02T13:45:00Z");
    private static final LocalDate DATE = LocalDate.of(2026, 9, 21);

    private final InMemorySpecialHolidays repository = new InMemorySpecialHolidays();
    private final BusinessCalendar calendar =
            new BusinessCalendar(repository, new ChileanHolidays(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void recordsAValidSpecialHoliday() {
        SpecialHoliday saved = calendar.addSpecialHoliday(DATE, "  Toma de posesión del Estrecho de Magallanes ",
                "Ley 99.999", HolidayScope.region("12"), " admin@circuito.cl ");

        assertThat(saved.getId()).isNotNull();
        assertThat(saved.isNew()).isTrue();
        assertThat(saved.getName()).isEqualTo("Toma de posesión del Estrecho de Magallanes");
        assertThat(saved.getRegionCode()).isEqualTo("12");
        assertThat(saved.getComunaCode()).isNull();
        assertThat(saved.getCreatedAt()).isEqualTo(NOW);
        assertThat(saved.getCreatedBy()).isEqualTo("admin@circuito.cl");
        assertThat(repository.size()).isEqualTo(1);
        // Monday 21 September 2026 stops being a business day in Punta Arenas, not in Santiago.
        assertThat(calendar.isBusinessDay(DATE, "12101")).isFalse();
        assertThat(calendar.isBusinessDay(DATE, "13101")).isTrue();
    }

    @Test
    void comunaScopeAppliesOnlyToThatComuna() {
        calendar.addSpecialHoliday(DATE, "Feriado comunal", "Ley 99.999", HolidayScope.comuna("10201"), "admin");

        assertThat(calendar.isBusinessDay(DATE, "10201")).isFalse();
        assertThat(calendar.isBusinessDay(DATE, "10202")).isTrue();
        assertThat(calendar.isBusinessDay(DATE, null)).isTrue();
    }

    @Test
    void nameIsRequired() {
        assertThatThrownBy(() -> calendar.addSpecialHoliday(DATE, "  ", "Ley 99.999", HolidayScope.national(), "admin"))
                .isInstanceOf(InvalidSpecialHolidayException.class)
                .hasMessageContaining("nombre");
        assertThatThrownBy(() -> calendar.addSpecialHoliday(DATE, null, "Ley 99.999", HolidayScope.national(), "admin"))
                .isInstanceOf(InvalidSpecialHolidayException.class);
    }

    @Test
    void legalBasisIsRequired() {
        assertThatThrownBy(() -> calendar.addSpecialHoliday(DATE, "Feriado", "", HolidayScope.national(), "admin"))
                .isInstanceOf(InvalidSpecialHolidayException.class)
                .hasMessageContaining("base legal");
    }

    @Test
    void dateScopeAndAuthorAreRequired() {
        assertThatThrownBy(() -> calendar.addSpecialHoliday(null, "Feriado", "Ley 1", HolidayScope.national(), "admin"))
                .isInstanceOf(InvalidSpecialHolidayException.class).hasMessageContaining("fecha");
        assertThatThrownBy(() -> calendar.addSpecialHoliday(DATE, "Feriado", "Ley 1", null, "admin"))
                .isInstanceOf(InvalidSpecialHolidayException.class);
        assertThatThrownBy(() -> calendar.addSpecialHoliday(DATE, "Feriado", "Ley 1", HolidayScope.national(), " "))
                .isInstanceOf(InvalidSpecialHolidayException.class);
    }

    @Test
    void tooLongTextIsRejected() {
        String longName = "x".repeat(201);
        assertThatThrownBy(() -> calendar.addSpecialHoliday(DATE, longName, "Ley 1", HolidayScope.national(), "admin"))
                .isInstanceOf(InvalidSpecialHolidayException.class)
                .hasMessageContaining("200");
        assertThat(calendar.addSpecialHoliday(DATE, "x".repeat(200), "Ley 1", HolidayScope.national(), "admin"))
                .isNotNull();
    }

    @Test
    void regionAndComunaCodesMustBeWellFormed() {
        for (String bad : new String[] {"5", "005", "17", "00", "AB", ""}) {
            assertThatThrownBy(() -> HolidayScope.region(bad)).as(bad)
                    .isInstanceOf(InvalidSpecialHolidayException.class).hasMessageContaining("región");
        }
        for (String bad : new String[] {"1310", "131011", "17101", "00101", "13A01"}) {
            assertThatThrownBy(() -> HolidayScope.comuna(bad)).as(bad)
                    .isInstanceOf(InvalidSpecialHolidayException.class).hasMessageContaining("comuna");
        }
        assertThatThrownBy(() -> new HolidayScope("13", "13101"))
                .isInstanceOf(InvalidSpecialHolidayException.class);
        assertThat(HolidayScope.comuna("01101").comunaCode()).isEqualTo("01101");
        assertThat(HolidayScope.region("16").regionCode()).isEqualTo("16");
        assertThat(new HolidayScope(null, null)).isEqualTo(HolidayScope.national());
    }

    @Test
    void sameDateAndScopeCannotBeRecordedTwice() {
        calendar.addSpecialHoliday(DATE, "Feriado", "Ley 1", HolidayScope.region("12"), "admin");

        assertThatThrownBy(() -> calendar.addSpecialHoliday(DATE, "Otro", "Ley 2", HolidayScope.region("12"), "admin"))
                .isInstanceOf(InvalidSpecialHolidayException.class)
                .hasMessageContaining("21-09-2026")
                .hasMessageContaining("la región 12");
        // Same date, another scope: fine.
        calendar.addSpecialHoliday(DATE, "Feriado", "Ley 1", HolidayScope.comuna("10201"), "admin");
        assertThat(repository.size()).isEqualTo(2);
    }

    @Test
    void removesASpecialHoliday() {
        SpecialHoliday saved = calendar.addSpecialHoliday(DATE, "Feriado", "Ley 1", HolidayScope.national(), "admin");
        assertThat(calendar.isBusinessDay(DATE, null)).isFalse();

        calendar.removeSpecialHoliday(saved.getId());

        assertThat(repository.size()).isZero();
        assertThat(calendar.isBusinessDay(DATE, null)).isTrue();
    }

    @Test
    void removingAnUnknownIdFails() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> calendar.removeSpecialHoliday(unknown))
                .isInstanceOf(SpecialHolidayNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void scopeDescriptionsAreInSpanish() {
        assertThat(HolidayScope.national().describe()).isEqualTo("todo el país");
        assertThat(HolidayScope.region("04").describe()).isEqualTo("la región 04");
        assertThat(HolidayScope.comuna("13101").describe()).isEqualTo("la comuna 13101");
    }
}

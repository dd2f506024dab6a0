package cl.circuito.calendar;

import cl.circuito.calendar.holidays.ChileanHolidays;
import cl.circuito.calendar.holidays.HolidayScope;
import cl.circuito.calendar.holidays.InvalidSpecialHolidayException;
import cl.circuito.calendar.holidays.SpecialHoliday;
import cl.circuito.calendar.holidays.SpecialHolidayNotFoundException;
import cl.circuito.calendar.holidays.UnsupportedYearException;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding and removing special holidays, who may, and the validation of their fields. */
class SpecialHolidayManagementTest {

    private static final Instant NOW = Instant.parse("2026-03-02T13:45:00Z");
    private static final LocalDate DATE = LocalDate.of(2026, 9, 21);
    private static final Actor ADMIN = TestActors.admin("admin");

    private final InMemorySpecialHolidays repository = new InMemorySpecialHolidays();
    private final BusinessCalendar calendar =
            new BusinessCalendar(repository, new ChileanHolidays(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void recordsAValidSpecialHoliday() {
        SpecialHoliday saved = calendar.addSpecialHoliday(TestActors.admin(" admin@circuito.cl "), DATE,
                "  Toma de posesión del Estrecho de Magallanes ", "Ley 99.999", HolidayScope.region("12"));

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
    void onlyAnActorWhoManagesTheCalendarMayAddOrRemove() {
        Actor director = TestActors.director();
        assertThatThrownBy(() -> calendar.addSpecialHoliday(director, DATE, "Feriado", "Ley 1", HolidayScope.national()))
                .isInstanceOf(AccessDenied.class);
        assertThat(repository.size()).isZero();

        SpecialHoliday saved = calendar.addSpecialHoliday(ADMIN, DATE, "Feriado", "Ley 1", HolidayScope.national());
        assertThatThrownBy(() -> calendar.removeSpecialHoliday(director, saved.getId()))
                .isInstanceOf(AccessDenied.class);
        assertThat(repository.size()).isEqualTo(1);
    }

    @Test
    void comunaScopeAppliesOnlyToThatComuna() {
        calendar.addSpecialHoliday(ADMIN, DATE, "Feriado comunal", "Ley 99.999", HolidayScope.comuna("10201"));

        assertThat(calendar.isBusinessDay(DATE, "10201")).isFalse();
        assertThat(calendar.isBusinessDay(DATE, "10202")).isTrue();
        assertThat(calendar.isBusinessDay(DATE, null)).isTrue();
    }

    @Test
    void nameIsRequired() {
        assertInvalid(() -> calendar.addSpecialHoliday(ADMIN, DATE, "  ", "Ley 99.999", HolidayScope.national()),
                "name", "error.specialHoliday.blank");
        assertInvalid(() -> calendar.addSpecialHoliday(ADMIN, DATE, null, "Ley 99.999", HolidayScope.national()),
                "name", "error.specialHoliday.blank");
    }

    @Test
    void legalBasisIsRequired() {
        assertInvalid(() -> calendar.addSpecialHoliday(ADMIN, DATE, "Feriado", "", HolidayScope.national()),
                "legalBasis", "error.specialHoliday.blank");
    }

    @Test
    void dateScopeAndAuthorAreRequired() {
        assertInvalid(() -> calendar.addSpecialHoliday(ADMIN, null, "Feriado", "Ley 1", HolidayScope.national()),
                "holidayDate", "error.specialHoliday.dateRequired");
        assertInvalid(() -> calendar.addSpecialHoliday(ADMIN, DATE, "Feriado", "Ley 1", null),
                "scope", "error.specialHoliday.scopeRequired");
        assertInvalid(() -> calendar.addSpecialHoliday(TestActors.admin(" "), DATE, "Feriado", "Ley 1",
                HolidayScope.national()), "createdBy", "error.specialHoliday.blank");
    }

    @Test
    void tooLongTextIsRejected() {
        String longName = "x".repeat(201);
        assertThatThrownBy(() -> calendar.addSpecialHoliday(ADMIN, DATE, longName, "Ley 1", HolidayScope.national()))
                .isInstanceOf(InvalidSpecialHolidayException.class)
                .hasFieldOrPropertyWithValue("field", "name")
                .hasFieldOrPropertyWithValue("messageKey", "error.specialHoliday.tooLong")
                .extracting(e -> ((DomainException) e).arguments()[1]).isEqualTo("200");
        assertThat(calendar.addSpecialHoliday(ADMIN, DATE, "x".repeat(200), "Ley 1", HolidayScope.national()))
                .isNotNull();
    }

    @Test
    void datesOutsideTheSupportedYearsAreRejected() {
        assertThatThrownBy(() -> calendar.addSpecialHoliday(ADMIN, LocalDate.of(2001, 9, 21), "Feriado", "Ley 1",
                HolidayScope.national()))
                .isInstanceOf(UnsupportedYearException.class)
                .hasFieldOrPropertyWithValue("field", "holidayDate")
                .hasFieldOrPropertyWithValue("status", HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void regionAndComunaCodesMustBeWellFormed() {
        for (String bad : new String[] {"5", "005", "17", "00", "AB", ""}) {
            assertInvalid(() -> HolidayScope.region(bad), "regionCode", "error.specialHoliday.regionCodeMalformed");
        }
        for (String bad : new String[] {"1310", "131011", "17101", "00101", "13A01"}) {
            assertInvalid(() -> HolidayScope.comuna(bad), "comunaCode", "error.specialHoliday.comunaCodeMalformed");
        }
        assertInvalid(() -> HolidayScope.region(null), "regionCode", "error.specialHoliday.regionRequired");
        assertInvalid(() -> HolidayScope.comuna(null), "comunaCode", "error.specialHoliday.comunaRequired");
        assertInvalid(() -> new HolidayScope("13", "13101"), "scope", "error.specialHoliday.scopeBoth");
        assertThat(HolidayScope.comuna("01101").comunaCode()).isEqualTo("01101");
        assertThat(HolidayScope.region("16").regionCode()).isEqualTo("16");
        assertThat(new HolidayScope(null, null)).isEqualTo(HolidayScope.national());
    }

    @Test
    void sameDateAndScopeCannotBeRecordedTwice() {
        calendar.addSpecialHoliday(ADMIN, DATE, "Feriado", "Ley 1", HolidayScope.region("12"));

        assertThatThrownBy(() -> calendar.addSpecialHoliday(ADMIN, DATE, "Otro", "Ley 2", HolidayScope.region("12")))
                .isInstanceOf(InvalidSpecialHolidayException.class)
                .hasFieldOrPropertyWithValue("field", "holidayDate")
                .hasFieldOrPropertyWithValue("messageKey", "error.specialHoliday.duplicate.region")
                .extracting(e -> ((DomainException) e).arguments()).asInstanceOf(InstanceOfAssertFactories.ARRAY)
                .containsExactly("21-09-2026", "12");
        // Same date, another scope: fine.
        calendar.addSpecialHoliday(ADMIN, DATE, "Feriado", "Ley 1", HolidayScope.comuna("10201"));
        assertThat(repository.size()).isEqualTo(2);
    }

    @Test
    void removesASpecialHoliday() {
        SpecialHoliday saved = calendar.addSpecialHoliday(ADMIN, DATE, "Feriado", "Ley 1", HolidayScope.national());
        assertThat(calendar.isBusinessDay(DATE, null)).isFalse();

        SpecialHoliday removed = calendar.removeSpecialHoliday(ADMIN, saved.getId());

        assertThat(removed.getName()).isEqualTo("Feriado");
        assertThat(repository.size()).isZero();
        assertThat(calendar.isBusinessDay(DATE, null)).isTrue();
    }

    @Test
    void removingAnUnknownIdFails() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> calendar.removeSpecialHoliday(ADMIN, unknown))
                .isInstanceOf(SpecialHolidayNotFoundException.class)
                .hasFieldOrPropertyWithValue("id", unknown)
                .hasFieldOrPropertyWithValue("status", HttpStatus.NOT_FOUND)
                .hasFieldOrPropertyWithValue("messageKey", "error.notFound.specialHoliday");
    }

    @Test
    void scopeDescriptionsAreInSpanish() {
        assertThat(HolidayScope.national().describe()).isEqualTo("todo el país");
        assertThat(HolidayScope.region("04").describe()).isEqualTo("la región 04");
        assertThat(HolidayScope.comuna("13101").describe()).isEqualTo("la comuna 13101");
    }

    private static void assertInvalid(ThrowingCallable call, String field,
                                      String messageKey) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidSpecialHolidayException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", messageKey)
                .hasFieldOrPropertyWithValue("status", HttpStatus.UNPROCESSABLE_CONTENT);
    }
}

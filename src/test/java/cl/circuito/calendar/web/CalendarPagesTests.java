package cl.circuito.calendar.web;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.calendar.holidays.ListedHoliday;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The calendar page on the embedded PostgreSQL: what everyone sees, and what only the administrator may change. */
@CircuitoTest
class CalendarPagesTests {

    private static final String SANTIAGO = "13101";
    private static final String PROVIDENCIA = "13123";

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;

    private RequestPostProcessor admin;
    private RequestPostProcessor reader;

    @BeforeEach
    void users() {
        admin = fixtures.as(fixtures.user(Role.ADMIN, Set.of()));
        reader = fixtures.as(fixtures.user(Role.NATIONAL_TEAM, Set.of()));
    }

    @Test
    void listsTheHolidaysOfTheYearWithTheBusinessDaysOfEachMonth() throws Exception {
        MvcResult result = mvc.perform(get("/calendar").param("year", "2026").param("comuna", SANTIAGO).with(reader))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/holidays"))
                .andExpect(header().stringValues("Vary", hasItem("HX-Request")))
                .andExpect(content().string(containsString("Día Nacional de los Pueblos Indígenas")))
                .andExpect(content().string(containsString("21-06-2026")))
                .andExpect(content().string(containsString("Domingo")))
                .andExpect(content().string(containsString("Ley 21.357")))
                .andExpect(content().string(containsString("Ley 19.880, art. 25")))
                .andExpect(content().string(containsString("Feriados de 2026 en Santiago")))
                // Not the regional holiday of Arica, and no administration for a reader.
                .andExpect(content().string(not(containsString("07-06-2026"))))
                .andExpect(content().string(not(containsString("Agregar un feriado por ley especial"))))
                .andReturn();

        CalendarView shown = (CalendarView) result.getModelAndView().getModel().get("view");
        assertThat(shown.months()).hasSize(12);
        assertThat(shown.months().get(Month.JUNE.ordinal())).isEqualTo(new CalendarView.MonthRow("Junio", 21));
        assertThat(shown.years()).first().isEqualTo(2019);
        assertThat(shown.years()).contains(2026, LocalDate.now(clock).getYear() + 1);
    }

    @Test
    void showsTheRegionalHolidaysOfTheChosenComuna() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").param("comuna", "15101").with(reader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("07-06-2026")))
                .andExpect(content().string(containsString("Asalto y Toma del Morro de Arica")))
                .andExpect(content().string(containsString("Regional")))
                .andExpect(content().string(containsString("21-06-2026")));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").param("comuna", "15101").header("HX-Request", "true")
                        .with(reader))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/fragments :: results"))
                .andExpect(content().string(containsString("id=\"calendar-results\"")))
                .andExpect(content().string(containsString("07-06-2026")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(not(containsString("<form method=\"get\""))));
    }

    @Test
    void aHistoryRestoreGetsTheWholePage() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true").with(reader))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/holidays"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void theAdministratorAddsASpecialHolidayThatMovesDeadlinesAndCanDeleteIt() throws Exception {
        LocalDate holiday = LocalDate.of(2027, 3, 10); // a Wednesday
        assertThat(calendar.addBusinessDays(holiday.minusDays(1), 1, SANTIAGO)).isEqualTo(holiday);

        mvc.perform(post("/calendar/special-holidays").with(admin).with(csrf())
                        .param("holidayDate", "2027-03-10")
                        .param("name", "Feriado comunal de prueba")
                        .param("legalBasis", "Ley 99.001 (ficticia)")
                        .param("scope", "COMUNA")
                        .param("comunaCode", SANTIAGO))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/calendar?year=2027&comuna=" + SANTIAGO))
                .andExpect(flash().attribute("success", "Se agregó el feriado «Feriado comunal de prueba» del 10-03-2027."));

        assertThat(calendar.addBusinessDays(holiday.minusDays(1), 1, SANTIAGO)).isEqualTo(holiday.plusDays(1));
        assertThat(calendar.addBusinessDays(holiday.minusDays(1), 1, PROVIDENCIA)).isEqualTo(holiday);

        String page = mvc.perform(get("/calendar").param("year", "2027").param("comuna", SANTIAGO).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10-03-2027")))
                .andExpect(content().string(containsString("Feriado comunal de prueba")))
                .andExpect(content().string(containsString("Ley especial")))
                .andExpect(content().string(containsString("Rige en la comuna: Santiago")))
                .andExpect(content().string(containsString("Definido por ley (regla permanente)")))
                .andExpect(content().string(containsString("Agregar un feriado por ley especial")))
                .andReturn().getResponse().getContentAsString();

        List<ListedHoliday> listing = calendar.listingOf(2027, SANTIAGO);
        UUID id = listing.stream().filter(row -> row.holiday().name().equals("Feriado comunal de prueba"))
                .findFirst().orElseThrow().specialHolidayId();
        String deleteAction = "/calendar/special-holidays/" + id + "/delete";
        assertThat(page).as("a delete button on the special-law row").contains("action=\"" + deleteAction + "\"");
        Matcher deletes = Pattern.compile("action=\"/calendar/special-holidays/[0-9a-f-]{36}/delete\"").matcher(page);
        assertThat(deletes.results().count()).as("delete buttons only on special-law rows")
                .isEqualTo(listing.stream().filter(ListedHoliday::isEditable).count());

        mvc.perform(post(deleteAction).param("comuna", SANTIAGO).with(admin).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/calendar?year=2027&comuna=" + SANTIAGO))
                .andExpect(flash().attribute("success", "Se eliminó el feriado «Feriado comunal de prueba» del 10-03-2027."));
        assertThat(calendar.addBusinessDays(holiday.minusDays(1), 1, SANTIAGO)).isEqualTo(holiday);

        mvc.perform(post(deleteAction).with(admin).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("El feriado especial no existe")));
    }

    @Test
    void aRegionalSpecialHolidayRedirectsToAComunaWhereItShows() throws Exception {
        mvc.perform(post("/calendar/special-holidays").with(admin).with(csrf())
                        .param("holidayDate", "2027-05-12")
                        .param("name", "Feriado regional de prueba")
                        .param("legalBasis", "Ley 99.002 (ficticia)")
                        .param("scope", "REGION")
                        .param("regionCode", "12")
                        .param("comunaCode", SANTIAGO)) // ignored: the scope is the region
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/calendar?year=2027&comuna=12101"));

        mvc.perform(get("/calendar").param("year", "2027").param("comuna", "12101").with(reader))
                .andExpect(content().string(containsString("Feriado regional de prueba")))
                .andExpect(content().string(containsString("Rige en la región: Magallanes")));
        mvc.perform(get("/calendar").param("year", "2027").param("comuna", SANTIAGO).with(reader))
                .andExpect(content().string(not(containsString("Feriado regional de prueba"))));
    }

    @Test
    void someoneWhoIsNotAdministratorCannotAddOrDelete() throws Exception {
        mvc.perform(post("/calendar/special-holidays").with(reader).with(csrf())
                        .param("holidayDate", "2027-06-16")
                        .param("name", "Feriado no autorizado")
                        .param("legalBasis", "Ley 99.003 (ficticia)")
                        .param("scope", "NATIONAL"))
                .andExpect(status().isForbidden());
        assertThat(calendar.holidaysOf(2027, null)).noneMatch(h -> h.name().equals("Feriado no autorizado"));

        mvc.perform(post("/calendar/special-holidays/{id}/delete", UUID.randomUUID()).with(reader).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormWithErrorsIsShownAgainWithSpanishMessagesNextToTheFieldsAndTheValuesKept() throws Exception {
        mvc.perform(post("/calendar/special-holidays").with(admin).with(csrf())
                        .param("holidayDate", "2027-07-14")
                        .param("name", "  ")
                        .param("legalBasis", "")
                        .param("scope", "REGION")
                        .param("regionCode", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("calendar/holidays"))
                .andExpect(model().attributeHasFieldErrors("specialHoliday", "name", "legalBasis", "regionCode"))
                .andExpect(content().string(containsString("El campo «Nombre» es obligatorio.")))
                .andExpect(content().string(containsString("El campo «Fundamento legal» es obligatorio.")))
                .andExpect(content().string(containsString("Elija la región en que rige el feriado.")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("value=\"2027-07-14\"")))
                .andExpect(content().string(containsString("Feriados de 2027")));
        assertThat(calendar.holidaysOf(2027, "05101")).noneMatch(h -> h.date().equals(LocalDate.of(2027, 7, 14)));
    }

    @Test
    void aDuplicateIsReportedOnTheDate() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            var result = mvc.perform(post("/calendar/special-holidays").with(admin).with(csrf())
                    .param("holidayDate", "2027-08-11")
                    .param("name", "Feriado repetido")
                    .param("legalBasis", "Ley 99.004 (ficticia)")
                    .param("scope", "NATIONAL"));
            if (attempt == 0) {
                result.andExpect(status().isFound()).andExpect(redirectedUrl("/calendar?year=2027"));
            } else {
                result.andExpect(status().isUnprocessableContent())
                        .andExpect(model().attributeHasFieldErrorCode("specialHoliday", "holidayDate",
                                "error.specialHoliday.duplicate.national"))
                        .andExpect(content().string(containsString(
                                "Ya existe un feriado especial el 11-08-2027 para todo el país.")))
                        .andExpect(content().string(containsString("value=\"Feriado repetido\"")));
            }
        }
    }

    @Test
    void aYearOutsideTheCalendarIsAClearErrorNotAServerError() throws Exception {
        mvc.perform(get("/calendar").param("year", "1990").with(reader))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "El campo «Año» indica el año 1990, fuera de los años que cubre el calendario (de 2008 a 3000).")));
        mvc.perform(get("/calendar").param("year", "dos mil").with(reader))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("El campo «Año» tiene un formato incorrecto.")));
        mvc.perform(get("/calendar").param("comuna", "Santiago").with(reader))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El campo «Comuna» debe ser el código territorial")));
        mvc.perform(post("/calendar/special-holidays").with(admin).with(csrf())
                        .param("holidayDate", "1990-09-11")
                        .param("name", "Feriado antiguo")
                        .param("legalBasis", "Ley 99.005 (ficticia)")
                        .param("scope", "NATIONAL"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("specialHoliday", "holidayDate"))
                .andExpect(content().string(containsString("El campo «Fecha» indica el año 1990")));
    }
}

package cl.circuito.mesas.sessions.web;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.calendar.Holiday;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plausible session dates on both channels: a weekend or a holiday of the comuna asks for a confirmation (the
 * pages show the warning and a box, the API needs confirmNonBusinessDay), a past date only as a session already
 * held, more than two years ahead never; rescheduling follows the same rules.
 */
@CircuitoTest
class SessionDatePagesTests {

    private static final String CONFIRM_BOX = "name=\"confirmNonBusinessDay\"";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired BusinessCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The next holiday of the comuna on a weekday, within the next two years. */
    private LocalDate nextWeekdayHoliday(MesaWorld w) {
        for (int year = today().getYear(); ; year++) {
            for (Holiday h : calendar.holidaysOf(year, w.comunaCode())) {
                if (h.date().isAfter(today()) && h.date().getDayOfWeek().getValue() <= 5) {
                    return h.date();
                }
            }
        }
    }

    private LocalDate nextSaturday() {
        return today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    }

    private MockHttpServletRequestBuilder page(Actor actor, MockHttpServletRequestBuilder request) {
        return request.with(fixtures.as(actor)).with(csrf());
    }

    private MockHttpServletRequestBuilder api(Actor actor, MockHttpServletRequestBuilder request, String body) {
        return request.with(fixtures.as(actor)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count(MesaWorld w) {
        return jdbc.sql("select count(*) from mesa_session where mesa_id = ?").param(w.mesaId()).query(Long.class).single();
    }

    @Test
    void aHolidayOnThePageIsWarnedNextToTheDateAndScheduledOnceConfirmed() throws Exception {
        MesaWorld w = mesaFixtures.world();
        LocalDate holiday = nextWeekdayHoliday(w);
        String name = calendar.holidaysOf(holiday.getYear(), w.comunaCode()).stream()
                .filter(h -> h.date().equals(holiday)).findFirst().orElseThrow().name();

        mvc.perform(get("/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.coFacilitator())))
                .andExpect(content().string(not(containsString(CONFIRM_BOX))))
                .andExpect(content().string(containsString("Registrar una sesión ya realizada")));
        mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions", w.mesaId()))
                        .param("heldOn", holiday.toString()).param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"new-heldOn-error\"")))
                .andExpect(content().string(containsString("es feriado en la comuna (" + name + ")")))
                .andExpect(content().string(containsString("id=\"new-confirm\"")))
                .andExpect(content().string(containsString("Confirmo la fecha")))
                .andExpect(content().string(containsString("value=\"Sala OPD\"")));
        assertThat(count(w)).isZero();
        mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions", w.mesaId()))
                        .param("heldOn", holiday.toString()).param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD").param("confirmNonBusinessDay", "true"))
                .andExpect(redirectedUrlPattern("/mesas/" + w.mesaId() + "/sessions/*"));
        assertThat(count(w)).isEqualTo(1);

        // The same date again: refused next to the date, without a confirmation to offer.
        mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions", w.mesaId()))
                        .param("heldOn", holiday.toString()).param("startsAt", "15:00").param("endsAt", "17:00")
                        .param("place", "Sala OPD").param("confirmNonBusinessDay", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La Mesa ya tiene una sesión el")));
        assertThat(count(w)).isEqualTo(1);
    }

    @Test
    void aWeekendOverTheApiNeedsTheConfirmationFlagAndTheRefusalNamesTheDate() throws Exception {
        MesaWorld w = mesaFixtures.world();
        LocalDate saturday = nextSaturday();
        String base = "/api/v1/mesas/" + w.mesaId() + "/sessions";
        String body = "{\"heldOn\":\"" + saturday + "\",\"startsAt\":\"10:00\",\"endsAt\":\"12:00\",\"place\":\"Sede vecinal\"";

        mvc.perform(api(w.coFacilitator(), post(base), body + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("es sábado, no es día hábil")));
        mvc.perform(api(w.coFacilitator(), post(base), "{\"dates\":[\"" + saturday + "\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dates"));
        String created = mvc.perform(api(w.coFacilitator(), post(base), body + ",\"confirmNonBusinessDay\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].heldOn").value(saturday.toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$[0].id");
        long version = ((Number) JsonPath.read(created, "$[0].version")).longValue();

        // Rescheduling follows the same rules: the time alone keeps the confirmed date; the next Sunday asks again.
        String moved = mvc.perform(api(w.coFacilitator(), put(base + "/" + id), "{\"version\":" + version
                        + ",\"heldOn\":\"" + saturday + "\",\"startsAt\":\"11:00\",\"endsAt\":\"13:00\",\"place\":\"Sede vecinal\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long movedVersion = ((Number) JsonPath.read(moved, "$.version")).longValue();
        mvc.perform(api(w.coFacilitator(), put(base + "/" + id), "{\"version\":" + movedVersion
                        + ",\"heldOn\":\"" + saturday.plusDays(1) + "\",\"startsAt\":\"11:00\",\"endsAt\":\"13:00\",\"place\":\"Sede vecinal\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("es domingo")));
        mvc.perform(api(w.coFacilitator(), put(base + "/" + id), "{\"version\":" + movedVersion
                        + ",\"heldOn\":\"" + today().minusDays(2) + "\",\"startsAt\":\"11:00\",\"endsAt\":\"13:00\",\"place\":\"Sede vecinal\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("Registrar una sesión ya realizada")));
    }

    @Test
    void moreThanTwoYearsAheadIsRefusedOnBothChannelsAndTheLastAllowedDayIsTaken() throws Exception {
        MesaWorld w = mesaFixtures.world();
        LocalDate latest = today().plusYears(2);
        String limit = latest.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        String date = latest.plusDays(1).toString();
        mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions", w.mesaId()))
                        .param("heldOn", date).param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La fecha está a más de dos años: una sesión se programa hasta el " + limit + ".")));
        mvc.perform(api(w.coFacilitator(), post("/api/v1/mesas/{m}/sessions", w.mesaId()),
                        "{\"heldOn\":\"" + date + "\",\"startsAt\":\"09:30\",\"endsAt\":\"12:00\",\"place\":\"Sala\",\"confirmNonBusinessDay\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        // The year 3001 is no date Circuito takes at all (1900-2100): refused when the request is read, next to the
        // date on the page and naming it over the API.
        mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions", w.mesaId()))
                        .param("heldOn", "3001-01-13").param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"new-heldOn-error\"")))
                .andExpect(content().string(containsString("debe ser una fecha válida entre el 01-01-1900 y el 31-12-2100")));
        mvc.perform(api(w.coFacilitator(), post("/api/v1/mesas/{m}/sessions", w.mesaId()),
                        "{\"heldOn\":\"3001-01-13\",\"startsAt\":\"09:30\",\"endsAt\":\"12:00\",\"place\":\"Sala\",\"confirmNonBusinessDay\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        assertThat(count(w)).isZero();
        mvc.perform(api(w.coFacilitator(), post("/api/v1/mesas/{m}/sessions", w.mesaId()),
                        "{\"heldOn\":\"" + latest + "\",\"startsAt\":\"09:30\",\"endsAt\":\"12:00\",\"place\":\"Sala\",\"confirmNonBusinessDay\":true}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aSessionAlreadyHeldIsRecordedFromItsOwnFormAndGoesOnToItsAttendance() throws Exception {
        MesaWorld w = mesaFixtures.world();
        LocalDate saturday = today().with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions/past", w.mesaId()))
                        .param("heldOn", today().plusDays(3).toString()).param("startsAt", "09:30")
                        .param("endsAt", "12:00").param("place", "Sala OPD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("aún no llega: una sesión futura se programa")));
        mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions/past", w.mesaId()))
                        .param("heldOn", saturday.toString()).param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"past-confirm\"")))
                .andExpect(content().string(not(containsString("id=\"new-confirm\""))));
        mvc.perform(page(w.member(), post("/mesas/{m}/sessions/past", w.mesaId()))
                        .param("heldOn", saturday.toString()).param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD").param("confirmNonBusinessDay", "true"))
                .andExpect(status().isForbidden());
        String location = mvc.perform(page(w.coFacilitator(), post("/mesas/{m}/sessions/past", w.mesaId()))
                        .param("heldOn", saturday.toString()).param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD").param("confirmNonBusinessDay", "true"))
                .andExpect(redirectedUrlPattern("/mesas/" + w.mesaId() + "/sessions/*/attendance"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.split("/")[4]);
        assertThat(jdbc.sql("select status from mesa_session where id = ?").param(id).query(String.class).single())
                .isEqualTo("HELD");
    }

    @Test
    void reschedulingOnThePageAsksTheSameConfirmation() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession session = mesaFixtures.session(w, today().plusDays(10));
        long version = jdbc.sql("select version from mesa_session where id = ?").param(session.id()).query(Long.class).single();
        String url = "/mesas/" + w.mesaId() + "/sessions/" + session.id();
        mvc.perform(page(w.coFacilitator(), post(url + "/reschedule"))
                        .param("version", String.valueOf(version)).param("heldOn", nextSaturday().plusWeeks(1).toString())
                        .param("startsAt", "09:30").param("endsAt", "12:00").param("place", "Sala OPD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"heldOn-error\"")))
                .andExpect(content().string(containsString("es sábado")))
                .andExpect(content().string(containsString("id=\"reschedule-confirm\"")));
        mvc.perform(page(w.coFacilitator(), post(url + "/reschedule"))
                        .param("version", String.valueOf(version)).param("heldOn", nextSaturday().plusWeeks(1).toString())
                        .param("startsAt", "09:30").param("endsAt", "12:00").param("place", "Sala OPD")
                        .param("confirmNonBusinessDay", "true"))
                .andExpect(redirectedUrl(url));
        assertThat(jdbc.sql("select held_on from mesa_session where id = ?").param(session.id()).query(LocalDate.class)
                .single()).isEqualTo(nextSaturday().plusWeeks(1));
        assertThat(SessionPlanning.asksConfirmation("mesasessions.error.holiday")).isTrue();
    }
}

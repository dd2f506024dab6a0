package cl.circuito.implementation;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The monitoring pages and API: scope, marks in words, thresholds with their errors next to the field. */
@CircuitoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImplementationWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesas;
    @Autowired SessionAttendance attendance;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    MesaWorld w;
    String mesaName;

    @BeforeAll
    void aMesaThatMetTwiceIn2025() {
        w = mesas.world();
        mesaName = jdbc.sql("select name from mesa where id = ?").param(w.mesaId()).query(String.class).single();
        for (LocalDate on : List.of(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 4, 8))) {
            MesaSession s = mesas.session(w, on);
            List<SessionAttendance.Mark> marks = new ArrayList<>();
            SessionAttendance.Sheet sheet = attendance.sheet(w.coFacilitator(), w.mesaId(), s.id());
            sheet.lines().forEach(l ->
                    marks.add(new SessionAttendance.Mark(l.memberId(), l.representativeId(), AttendanceStatus.PRESENT)));
            attendance.record(w.coFacilitator(), w.mesaId(), s.id(), sheet.session().version(), marks, Set.of());
        }
    }

    /** The thresholds are shared by every test in this JVM: put the defaults back. */
    @AfterEach
    void defaultThresholds() {
        jdbc.sql("update implementation_threshold set green = 90, amber = 70 where kind = 'SESSIONS_HELD'").update();
    }

    @Test
    void theNationalTeamSeesEveryMesaWithItsMarksInWords() throws Exception {
        String page = body(mvc.perform(get("/implementation").param("year", "2025").with(fixtures.as(w.national())))
                .andExpect(status().isOk()));
        assertThat(page).contains("Seguimiento a la implementación de las Mesas, 2025", mesaName, "Rojo", "Verde",
                "Sin datos", "Sin planificación", "Resumen por región", "Umbrales", "id=\"report-actions\"",
                "/implementation/mesas/" + w.mesaId() + "?year=2025");

        String sorted = body(mvc.perform(get("/implementation").param("year", "2025").param("region", w.regionCode())
                .param("sort", "SESSIONS_HELD").param("onlyRed", "true").with(fixtures.as(w.national()))).andExpect(status().isOk()));
        assertThat(sorted).contains(mesaName);
    }

    @Test
    void theManagerSeesHerRegionOnlyAndProgramsNothing() throws Exception {
        assertThat(body(mvc.perform(get("/implementation").param("year", "2025").with(fixtures.as(w.manager())))
                .andExpect(status().isOk()))).contains(mesaName);
        assertThat(body(mvc.perform(get("/implementation").param("year", "2025").with(fixtures.as(w.otherManager())))
                .andExpect(status().isOk()))).doesNotContain(mesaName);
        mvc.perform(get("/implementation/mesas/" + w.mesaId()).param("year", "2025").with(fixtures.as(w.otherManager())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/implementation").with(fixtures.as(w.coFacilitator()))).andExpect(status().isForbidden());
        mvc.perform(get("/implementation/mesas/" + w.mesaId()).with(fixtures.as(w.member()))).andExpect(status().isForbidden());
    }

    @Test
    void theDrillInShowsValuesCountsRulesAndLinks() throws Exception {
        String page = body(mvc.perform(get("/implementation/mesas/" + w.mesaId()).param("year", "2025")
                .with(fixtures.as(w.manager()))).andExpect(status().isOk()));
        // Founded on March 1st, 2024: twelve monthly sessions expected in 2025, two held.
        assertThat(page).contains("Sesiones realizadas", "16,7 %", "2 de 12", "Verde desde 90 %; ámbar desde 70 %",
                "Rojo", "Sin planificación", "Co-facilitan", "OPD", "Ocasionales convocados", "Buena práctica",
                "Protocolos vigentes", "Capacidad de la comuna (hoy)", "en lista de espera; mediana de espera",
                "/capacity?area=comuna:" + w.comunaCode(),
                "/mesas/" + w.mesaId() + "/sessions", "/mesas/" + w.mesaId() + "/network", "Mensual", "01-03-2024");
        mvc.perform(get("/implementation/mesas/" + w.mesaId()).param("year", "2023").with(fixtures.as(w.national())))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void thresholdsAreValidatedNextToTheFieldVersionedAndKeptInHistory() throws Exception {
        long version = jdbc.sql("select version from implementation_threshold where kind = 'SESSIONS_HELD'")
                .query(Long.class).single();
        String refused = body(mvc.perform(post("/implementation/thresholds/SESSIONS_HELD").with(csrf())
                .with(fixtures.as(w.national())).param("version", String.valueOf(version))
                .param("green", "60").param("amber", "70")).andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("El umbral verde no puede ser menor que el ámbar.", "value=\"60\"",
                "SESSIONS_HELD-green-error");
        assertThat(body(mvc.perform(post("/implementation/thresholds/PLAN_PROGRESS").with(csrf())
                .with(fixtures.as(w.national())).param("version", "0").param("green", "ochenta").param("amber", "50"))
                .andExpect(status().isUnprocessableContent()))).contains("Escriba un número", "value=\"ochenta\"");

        mvc.perform(post("/implementation/thresholds/SESSIONS_HELD").with(csrf()).with(fixtures.as(w.national()))
                        .param("version", String.valueOf(version)).param("green", "85,5").param("amber", "60"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/implementation/thresholds"));
        mvc.perform(post("/implementation/thresholds/SESSIONS_HELD").with(csrf()).with(fixtures.as(w.national()))
                        .param("version", String.valueOf(version)).param("green", "80").param("amber", "60"))
                .andExpect(status().isConflict());
        String page = body(mvc.perform(get("/implementation/thresholds").with(fixtures.as(w.national()))).andExpect(status().isOk()));
        assertThat(page).contains("Verde desde 85,5 %; ámbar desde 60 %", "90 % → 85,5 %", "70 % → 60 %");

        String readOnly = body(mvc.perform(get("/implementation/thresholds").with(fixtures.as(w.manager()))).andExpect(status().isOk()));
        assertThat(readOnly).contains("Los fija el equipo nacional.").doesNotContain("SESSIONS_HELD-green");
        mvc.perform(post("/implementation/thresholds/SESSIONS_HELD").with(csrf()).with(fixtures.as(w.manager()))
                .param("version", "0").param("green", "80").param("amber", "60")).andExpect(status().isForbidden());
        mvc.perform(get("/implementation/thresholds").with(fixtures.as(w.coFacilitator()))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'IMPLEMENTATION_THRESHOLD'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void theApiGivesScorecardsAndThresholdsWithProblemsInSpanish() throws Exception {
        String national = bearer(w.national());
        mvc.perform(get("/api/v1/implementation/scorecards").param("year", "2025").param("region", w.regionCode())
                        .header("Authorization", national))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].mesa.id", hasItem(w.mesaId().toString())));
        mvc.perform(get("/api/v1/implementation/mesas/" + w.mesaId()).param("year", "2025").header("Authorization", national))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators", hasSize(11)))
                .andExpect(jsonPath("$.indicators[0].kind").value("SESSIONS_HELD"))
                .andExpect(jsonPath("$.indicators[0].numerator").value(2))
                .andExpect(jsonPath("$.indicators[0].denominator").value(12))
                .andExpect(jsonPath("$.indicators[0].markText").value("Rojo"))
                .andExpect(jsonPath("$.profile.sessionsHeld").value(2));
        mvc.perform(get("/api/v1/implementation/scorecards").param("year", "1999").header("Authorization", national))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("El año debe estar entre 2010 y " + LocalDate.now().getYear() + "."));
        mvc.perform(get("/api/v1/implementation/scorecards").param("region", "99").header("Authorization", national))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(get("/api/v1/implementation/mesas/" + w.mesaId()).header("Authorization", bearer(w.otherManager())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/implementation/scorecards").header("Authorization", bearer(w.member())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/implementation/scorecards").param("year", "2025").header("Authorization", bearer(w.otherManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].mesa.id", not(hasItem(w.mesaId().toString()))));

        mvc.perform(get("/api/v1/implementation/thresholds").header("Authorization", bearer(w.manager())))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(11)))
                .andExpect(jsonPath("$[0].rule").value("Verde desde 90 %; ámbar desde 70 %; rojo por debajo de 70 %."));
        long version = jdbc.sql("select version from implementation_threshold where kind = 'SESSIONS_HELD'")
                .query(Long.class).single();
        mvc.perform(put("/api/v1/implementation/thresholds").header("Authorization", national)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"SESSIONS_HELD\",\"version\":" + version + ",\"green\":50,\"amber\":70}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("SESSIONS_HELD.green"));
        mvc.perform(put("/api/v1/implementation/thresholds").header("Authorization", national)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"SESSIONS_HELD\",\"version\":" + (version + 5) + ",\"green\":80,\"amber\":70}]"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/implementation/thresholds").header("Authorization", bearer(w.manager()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"SESSIONS_HELD\",\"version\":" + version + ",\"green\":80,\"amber\":70}]"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/implementation/thresholds").header("Authorization", national)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"SESSIONS_HELD\",\"version\":" + version + ",\"green\":80,\"amber\":10}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].green").value(80.0));
        mvc.perform(get("/api/v1/implementation/mesas/" + w.mesaId()).param("year", "2025").header("Authorization", national))
                .andExpect(jsonPath("$.indicators[0].mark").value("AMBER"));
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "seguimiento").secret();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package cl.circuito.letters.templates.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class LetterSettingsApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;

    UUID program;
    String director;
    String url;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "08101");
        director = bearer(fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program)));
        url = "/api/v1/programs/" + program + "/letter-settings";
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }

    @Test
    void readsTheDefaultsAndChangesThem() throws Exception {
        mvc.perform(get(url).header("Authorization", director))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explicit").value(false))
                .andExpect(jsonPath("$.paperSize").value("A4"))
                .andExpect(jsonPath("$.estimateThresholdDays").value(30))
                .andExpect(jsonPath("$.effectiveCity").value("Concepción"));

        mvc.perform(put(url).header("Authorization", director).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"paperSize\": \"LETTER\", \"estimateThresholdDays\": 20, \"batchMode\": \"PER_CHILD\", \"city\": \"Coronel\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explicit").value(true))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.paperSize").value("LETTER"))
                .andExpect(jsonPath("$.effectiveCity").value("Coronel"));

        mvc.perform(put(url).header("Authorization", director).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 7, \"paperSize\": \"A4\", \"estimateThresholdDays\": 20, \"batchMode\": \"PER_CHILD\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badValuesAreRefusedNamingTheField() throws Exception {
        mvc.perform(put(url).header("Authorization", director).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"paperSize\": \"A4\", \"estimateThresholdDays\": 400, \"batchMode\": \"PER_COURT\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("estimateThresholdDays"))
                .andExpect(jsonPath("$.errors[0].message").value("El umbral debe ser un número de días entre 0 y 365."));
        mvc.perform(put(url).header("Authorization", director).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"paperSize\": \"A3\", \"estimateThresholdDays\": 10, \"batchMode\": \"PER_COURT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paperSize"));
        mvc.perform(put(url).header("Authorization", director).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"estimateThresholdDays\": 10, \"batchMode\": \"PER_COURT\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("paperSize"))
                .andExpect(jsonPath("$.detail", containsString("papel")));
    }

    @Test
    void anotherProgramIsNotFoundAndAProfessionalIsForbidden() throws Exception {
        UUID other = fixtures.program("PPF", "08101");
        String professional = bearer(fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program)));

        mvc.perform(get("/api/v1/programs/{id}/letter-settings", other).header("Authorization", director))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).header("Authorization", professional)).andExpect(status().isOk());
        mvc.perform(put(url).header("Authorization", professional).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"paperSize\": \"A4\", \"estimateThresholdDays\": 10, \"batchMode\": \"PER_COURT\"}"))
                .andExpect(status().isForbidden());
    }
}

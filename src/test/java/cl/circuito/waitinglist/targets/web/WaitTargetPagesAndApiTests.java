package cl.circuito.waitinglist.targets.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.WaitTargets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class WaitTargetPagesAndApiTests {

    private static final String LABEL = "Espera objetivo (días hábiles)";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired WaitTargets targets;

    UUID program;
    UUID other;
    Actor director;
    Actor otherDirector;
    Actor national;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        other = fixtures.program("PPF", "13101");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));
        national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "pruebas").secret();
    }

    private static String body(Integer days, Long version) {
        return "{\"businessDays\": %s, \"version\": %s}".formatted(days, version);
    }

    @Test
    void theNationalTeamSetsTheNetworksTargetOverTheApiAndADirectorCannot() throws Exception {
        WaitTargets.NationalTarget before = targets.national();
        try {
            mvc.perform(get("/api/v1/wait-target").header("Authorization", bearer(director)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.businessDays").value(before.businessDays()));
            mvc.perform(put("/api/v1/wait-target").header("Authorization", bearer(director))
                            .contentType(MediaType.APPLICATION_JSON).content(body(45, before.version())))
                    .andExpect(status().isForbidden());

            String token = bearer(national);
            mvc.perform(put("/api/v1/wait-target").header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON).content(body(4, before.version())))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("businessDays"))
                    .andExpect(jsonPath("$.errors[0].message", containsString(LABEL)));
            mvc.perform(put("/api/v1/wait-target").header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON).content(body(45, before.version())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.businessDays").value(45))
                    .andExpect(jsonPath("$.version").value(before.version() + 1))
                    .andExpect(jsonPath("$.updatedByName").value(national.displayName()));
            assertThat(targets.of(Set.of(other)).get(other).businessDays()).isEqualTo(45);
            mvc.perform(put("/api/v1/wait-target").header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON).content(body(50, before.version())))
                    .andExpect(status().isConflict());
            mvc.perform(put("/api/v1/wait-target").header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON).content(body(50, null)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("version"));
        } finally {
            targets.setNational(national, before.businessDays(), targets.national().version());
        }
    }

    @Test
    void theNationalTeamSetsTheNetworksTargetOnItsPage() throws Exception {
        WaitTargets.NationalTarget before = targets.national();
        try {
            mvc.perform(get("/settings/wait-target").with(fixtures.as(national)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Espera objetivo de la red")))
                    .andExpect(content().string(containsString(
                            "Espera objetivo vigente: " + before.businessDays() + " días hábiles.")));
            mvc.perform(post("/settings/wait-target").with(fixtures.as(national)).with(csrf())
                            .param("businessDays", "501").param("version", String.valueOf(before.version())))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("El campo «" + LABEL + "» admite valores entre 5 y 500.")))
                    .andExpect(content().string(containsString("value=\"501\"")));
            mvc.perform(post("/settings/wait-target").with(fixtures.as(national)).with(csrf())
                            .param("businessDays", "70").param("version", String.valueOf(before.version())))
                    .andExpect(redirectedUrl("/settings/wait-target"))
                    .andExpect(flash().attribute("success", "La espera objetivo de la red quedó en 70 días hábiles."));
            assertThat(targets.national().businessDays()).isEqualTo(70);
            mvc.perform(post("/settings/wait-target").with(fixtures.as(national)).with(csrf())
                            .param("businessDays", "80").param("version", String.valueOf(before.version())))
                    .andExpect(status().isConflict());
            mvc.perform(post("/settings/wait-target").with(fixtures.as(director)).with(csrf())
                            .param("businessDays", "80").param("version", String.valueOf(before.version() + 1)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/settings/wait-target").with(fixtures.as(director)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("La fija el equipo nacional.")))
                    .andExpect(content().string(not(containsString("name=\"businessDays\""))));
        } finally {
            targets.setNational(national, before.businessDays(), targets.national().version());
        }
    }

    @Test
    void theDirectorSetsHerProgramsOwnTargetAndReturnsToTheNetworksOverTheApi() throws Exception {
        int network = targets.national().businessDays();
        String token = bearer(director);
        String path = "/api/v1/programs/" + program + "/wait-target";
        mvc.perform(get(path).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessDays").value(network))
                .andExpect(jsonPath("$.inherited").value(true))
                .andExpect(jsonPath("$.version").value(nullValue()));
        mvc.perform(put(path).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(501, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("businessDays"))
                .andExpect(jsonPath("$.errors[0].message", containsString(LABEL)));
        mvc.perform(put(path).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(40, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownBusinessDays").value(40))
                .andExpect(jsonPath("$.businessDays").value(40))
                .andExpect(jsonPath("$.inherited").value(false))
                .andExpect(jsonPath("$.version").value(0));
        // Saved once, a change must name the saved version.
        mvc.perform(put(path).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(30, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put(path).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(30, 7L)))
                .andExpect(status().isConflict());
        mvc.perform(put(path).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(null, 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessDays").value(network))
                .andExpect(jsonPath("$.inherited").value(true));
        assertThat(targets.of(Set.of(program)).get(program)).isEqualTo(new WaitTargets.WaitTarget(network, true));

        String otherToken = bearer(otherDirector);
        mvc.perform(get(path).header("Authorization", otherToken)).andExpect(status().isNotFound());
        mvc.perform(put(path).header("Authorization", otherToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body(40, null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDirectorSetsHerProgramsOwnTargetOnItsTabAndReturnsToTheNetworks() throws Exception {
        int network = targets.national().businessDays();
        String path = "/programs/" + program + "/wait-target";
        mvc.perform(get(path).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Espera objetivo: " + network + " días hábiles (la de la red).")));
        mvc.perform(post(path).with(fixtures.as(director)).with(csrf()).param("businessDays", "").param("version", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El campo «" + LABEL + "» es obligatorio.")));
        mvc.perform(post(path).with(fixtures.as(director)).with(csrf()).param("businessDays", "4").param("version", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El campo «" + LABEL + "» admite valores entre 5 y 500.")));
        mvc.perform(post(path).with(fixtures.as(director)).with(csrf()).param("businessDays", "45").param("version", ""))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("success", "La espera objetivo del programa quedó en 45 días hábiles."));
        mvc.perform(get(path).with(fixtures.as(director)))
                .andExpect(content().string(containsString("Espera objetivo: 45 días hábiles (propia del programa).")))
                .andExpect(content().string(containsString("Usar la de la red")));
        mvc.perform(post(path).with(fixtures.as(director)).with(csrf()).param("businessDays", "50").param("version", "3"))
                .andExpect(status().isConflict());
        mvc.perform(post(path + "/inherit").with(fixtures.as(director)).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("success",
                        "El programa usa la espera objetivo de la red: " + network + " días hábiles."));
        assertThat(targets.of(Set.of(program)).get(program).inherited()).isTrue();

        mvc.perform(get(path).with(fixtures.as(otherDirector))).andExpect(status().isNotFound());
        mvc.perform(post(path).with(fixtures.as(otherDirector)).with(csrf()).param("businessDays", "45")
                .param("version", "")).andExpect(status().isNotFound());
    }
}

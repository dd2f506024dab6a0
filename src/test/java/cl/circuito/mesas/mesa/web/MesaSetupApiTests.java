package cl.circuito.mesas.mesa.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class MesaSetupApiTests {

    @Autowired MockMvc mvc;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired ApiTokenManagement tokens;

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }

    @Test
    void mesasSettingsAndMembersOverJsonWithTheirErrors() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String co = bearer(w.coFacilitator());
        String member = bearer(w.member());
        String url = "/api/v1/mesas/" + w.mesaId();

        mvc.perform(get("/api/v1/mesas").header("Authorization", member))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(w.mesaId().toString())));
        mvc.perform(get(url).header("Authorization", member))
                .andExpect(status().isOk()).andExpect(jsonPath("$.standing").value("MEMBER"))
                .andExpect(jsonPath("$.usualStartsAt").value("09:30:00"));
        mvc.perform(get(url).header("Authorization", bearer(w.outsider()))).andExpect(status().isNotFound());
        String settings = "{\"version\": 0, \"name\": \"Mesa API\", \"foundedOn\": \"2024-03-01\", \"frequency\": \"CUSTOM\", \"customIntervalDays\": 400}";
        mvc.perform(put(url).header("Authorization", member).contentType(MediaType.APPLICATION_JSON).content(settings))
                .andExpect(status().isForbidden());
        mvc.perform(put(url).header("Authorization", co).contentType(MediaType.APPLICATION_JSON).content(settings))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customIntervalDays"))
                .andExpect(jsonPath("$.errors[0].message").value("El intervalo debe estar entre 1 y 366 días."));
        mvc.perform(put(url).header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content(settings.replace("400", "21")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.customIntervalDays").value(21));
        mvc.perform(put(url).header("Authorization", co).contentType(MediaType.APPLICATION_JSON).content(settings))
                .andExpect(status().isConflict());

        mvc.perform(get(url + "/members").header("Authorization", bearer(w.national())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.length()").value(4))
                .andExpect(jsonPath("$.history[*].label", hasItem("Se incorpora")));
        mvc.perform(post(url + "/members").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SECTOR\", \"sectorCode\": \"CARABINEROS\", \"name\": \"3ª Comisaría\", \"participation\": \"OCCASIONAL\", \"joinedOn\": \"2025-02-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("3ª Comisaría"));
        mvc.perform(patch(url + "/members/" + w.edtMember()).header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 99, \"coFacilitator\": false}"))
                .andExpect(status().isConflict());
        mvc.perform(post(url + "/members/" + w.healthMember() + "/representatives").header("Authorization", co)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\": \"Sofía Soto\", \"email\": \"no-es-correo\", \"since\": \"2025-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void plansAndActivitiesOverJson() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String co = bearer(w.coFacilitator());
        String url = "/api/v1/mesas/" + w.mesaId();
        mvc.perform(post(url + "/plans").header("Authorization", bearer(w.member())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodKind\": \"YEAR\", \"year\": 2025, \"title\": \"Plan\"}"))
                .andExpect(status().isForbidden());
        String plan = mvc.perform(post(url + "/plans").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodKind\": \"SEMESTER\", \"year\": 2025, \"semester\": 2, \"title\": \"Segundo semestre\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.start").value("2025-07-01"))
                .andReturn().getResponse().getContentAsString();
        String planId = plan.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(post(url + "/plans/" + planId + "/objectives").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"text\": \"Fortalecer la red\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.objectives[0].text").value("Fortalecer la red"))
                .andExpect(jsonPath("$.percent").value(0));
        mvc.perform(get(url + "/plans").header("Authorization", bearer(w.manager())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].title").value("Segundo semestre"));

        mvc.perform(post(url + "/activities").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SELF_TRAINING\", \"title\": \"\", \"heldOn\": \"2025-08-01\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post(url + "/activities").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SELF_TRAINING\", \"title\": \"Ley de garantías\", \"heldOn\": \"2025-08-01\", \"participantsCount\": 12}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.participantsCount").value(12));
        mvc.perform(get(url + "/activities").param("year", "2025").header("Authorization", bearer(w.national())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].title").value("Ley de garantías"));
        mvc.perform(get(url + "/activities").header("Authorization", bearer(w.admin()))).andExpect(status().isForbidden());
    }
}

package cl.circuito.mesas.cases.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class CaseApiTests {

    private static final String ANSWERS = """
            {"2f4b9a10-0001-4000-8000-000000000024": "Vive con su abuela.",
             "2f4b9a10-0002-4000-8000-000000000024": "Visitas semanales.",
             "2f4b9a10-0004-4000-8000-000000000024": "La escuela la acogió.",
             "2f4b9a10-0005-4000-8000-000000000024": "¿Cómo replicarlo?"}""";

    @Autowired MockMvc mvc;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired ApiTokenManagement tokens;

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }

    @Test
    void casesAndReviewsOverJson() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String pie = bearer(w.member());
        String base = "/api/v1/mesas/" + w.mesaId();

        mvc.perform(post(base + "/cases").header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"presentingMemberId\": \"" + w.pieMember() + "\", \"initials\": \"12.345.678-5\", \"age\": 12}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("initials"))
                .andExpect(jsonPath("$.errors[0].message").value("Escriba solo las iniciales: de 2 a 4 letras, con o sin puntos (por ejemplo «R. P. S.»)."));
        mvc.perform(post(base + "/cases").header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"presentingMemberId\": \"" + w.pieMember() + "\", \"initials\": \"RPS\", \"age\": 19}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("age"));
        String created = mvc.perform(post(base + "/cases").header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"presentingMemberId\": \"" + w.pieMember() + "\", \"initials\": \"rps\", \"age\": 12, \"sex\": \"FEMALE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.initials").value("R. P. S."))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.reviews", hasSize(0)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String caseId = JsonPath.read(created, "$.id");

        String reviews = base + "/sessions/" + april.id() + "/case-reviews";
        mvc.perform(post(reviews).header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\": \"" + caseId + "\", \"answers\": " + ANSWERS + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("criterion"))
                .andExpect(jsonPath("$.errors[0].message").value("Elija el criterio de selección del caso."));
        mvc.perform(post(reviews).header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\": \"" + caseId + "\", \"criterion\": \"EXITOSO\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("criterion"));
        mvc.perform(post(reviews).header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\": \"" + caseId + "\", \"criterion\": \"GOOD_PRACTICE\", \"answers\": " + ANSWERS
                                + ", \"strategies\": [{\"text\": \"Compartirlo en la capacitación\", \"dueOn\": \"2025-06-10\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("strategies[0].responsibleMemberId"));
        mvc.perform(post(reviews).header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\": \"" + caseId + "\", \"criterion\": \"GOOD_PRACTICE\", \"answers\": " + ANSWERS
                                + ", \"discussion\": \"Se valora el trabajo con la escuela.\", \"strategies\": [{\"text\": \"Compartirlo en la capacitación\", "
                                + "\"responsibleMemberId\": \"" + w.opdMember() + "\", \"responsiblePerson\": \"Olga Ortiz\", \"dueOn\": \"2025-06-10\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviews", hasSize(1)))
                .andExpect(jsonPath("$.reviews[0].criterion").value("GOOD_PRACTICE"))
                .andExpect(jsonPath("$.reviews[0].question").value("¿Cómo replicarlo?"))
                .andExpect(jsonPath("$.reviews[0].sections[0].label").value("Antecedentes"))
                .andExpect(jsonPath("$.reviews[0].strategies[0].responsibleMemberName").value("OPD"))
                .andExpect(jsonPath("$.reviews[0].strategies[0].status").value("OPEN"))
                .andExpect(jsonPath("$.reviews[0].strategies[0].agreementId").isNotEmpty());

        mvc.perform(get(base + "/cases?criterion=GOOD_PRACTICE").header("Authorization", pie))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].initials").value("R. P. S."))
                .andExpect(jsonPath("$.items[0].openStrategies").value(1));
        mvc.perform(get(reviews).header("Authorization", pie))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews[0].initials").value("R. P. S."));
        mvc.perform(get(base + "/cases/counts").header("Authorization", bearer(w.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews").value(1))
                .andExpect(jsonPath("$.byCriterion[4].criterion").value("GOOD_PRACTICE"))
                .andExpect(jsonPath("$.byCriterion[4].reviews").value(1));
        mvc.perform(post(base + "/cases/" + caseId + "/close").header("Authorization", pie).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 99, \"note\": \"Logrado.\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/cases").header("Authorization", bearer(w.memberReadOnly())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"presentingMemberId\": \"" + w.pieMember() + "\", \"initials\": \"AB\", \"age\": 3}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/cases/" + caseId).header("Authorization", bearer(w.outsider())))
                .andExpect(status().isNotFound());
    }

    @Test
    void presentationFormatsOverJson() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String opd = bearer(w.coFacilitator());
        String url = "/api/v1/mesas/" + w.mesaId() + "/presentation-formats";

        mvc.perform(get(url).header("Authorization", bearer(w.member())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chosenId").value("2f4b9a10-0000-4000-8000-000000000024"))
                .andExpect(jsonPath("$.formats[0].sections", hasSize(5)))
                .andExpect(jsonPath("$.formats[0].sections[4].label").value("Pregunta a la Mesa"))
                .andExpect(jsonPath("$.formats[0].sections[4].question").value(true));
        mvc.perform(put(url + "/2f4b9a10-0000-4000-8000-000000000024").header("Authorization", opd)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"name\": \"Otro\", \"sections\": [{\"label\": \"P\", \"question\": true}]}"))
                .andExpect(status().isConflict());
        String created = mvc.perform(post(url).header("Authorization", opd).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Pauta local\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.national").value(false))
                .andExpect(jsonPath("$.sections", hasSize(5)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(created, "$.id");
        Integer version = JsonPath.read(created, "$.version");
        mvc.perform(put(url + "/" + id).header("Authorization", opd).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"name\": \"Pauta local\", \"sections\": [{\"label\": \" \", \"question\": true}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sections[0].label"));
        mvc.perform(put(url + "/" + id).header("Authorization", opd).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"name\": \"Pauta local\", \"sections\": ["
                                + "{\"label\": \"Historia\", \"required\": true}, {\"label\": \"¿Qué pedimos?\", \"question\": true}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections", hasSize(2)))
                .andExpect(jsonPath("$.sections[1].question").value(true));
        // The first choice has no version to name (the Mesa never chose); later ones name the choice they read.
        String chosen = mvc.perform(put(url + "/chosen").header("Authorization", opd).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"formatId\": \"" + id + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chosenId").value(id))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Integer choiceVersion = JsonPath.read(chosen, "$.version");
        mvc.perform(put(url + "/chosen").header("Authorization", opd).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put(url + "/chosen").header("Authorization", opd).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + choiceVersion + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("formatId"));
        mvc.perform(post(url).header("Authorization", bearer(w.member())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Mía\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(url).header("Authorization", bearer(w.outsider()))).andExpect(status().isNotFound());
    }
}

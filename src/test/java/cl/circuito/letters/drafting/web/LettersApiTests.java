package cl.circuito.letters.drafting.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.letters.drafting.LetterScenario;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.entry.EntryDecisions;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class LettersApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    LetterScenario scenario;
    String bearer;
    int year;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        bearer = "Bearer " + tokens.create(scenario.director, "integración").secret();
        year = LocalDate.now().getYear();
    }

    private String draft(LetterScenario.Child child) throws Exception {
        String body = mvc.perform(post("/api/v1/entries/{id}/letters", child.entryId()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"PROTECTION_CHANGE\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/letters/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.source").value("BY_HAND"))
                .andExpect(jsonPath("$.children[0].name").value(child.name()))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void draftsEditsIssuesAndDownloadsALetterAndRefusesAnUnfilledOneNamingTheField() throws Exception {
        LetterScenario.Child child = scenario.refer(scenario.court, 10);
        String id = draft(child);

        long version = jdbc.sql("select version from letter where id = ?").param(UUID.fromString(id))
                .query(Long.class).single();
        mvc.perform(post("/api/v1/letters/{id}/issue", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message", containsString("{{fecha_constatacion}}")));

        mvc.perform(put("/api/v1/letters/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + (version + 5) + ", \"subject\": \"Materia\", \"body\": \"Texto\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/letters/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"subject\": \"Informa cambio\", \"body\": \"El NNA "
                                + child.name() + " no se encuentra protegido.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value((int) version + 1));

        String issued = mvc.perform(post("/api/v1/letters/{id}/issue", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + (version + 1) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.numberLabel").value("N° 1/" + year))
                .andExpect(jsonPath("$.signerName").value(LetterScenario.DIRECTOR_NAME))
                .andExpect(jsonPath("$.pdf").value("/api/v1/letters/" + id + "/pdf"))
                .andReturn().getResponse().getContentAsString();

        byte[] pdf = mvc.perform(get("/api/v1/letters/{id}/pdf", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(LetterScenario.flat(PdfText.of(pdf).text())).contains(LetterScenario.flat(child.name()));

        mvc.perform(post("/api/v1/letters/{id}/sending", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + JsonPath.read(issued, "$.version") + ", \"sentVia\": \"EMAIL\", "
                                + "\"sentOn\": \"" + LocalDate.now() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"));
        mvc.perform(post("/api/v1/letters/{id}/corrections", id).header("Authorization", bearer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.correctsLetterId").value(id))
                .andExpect(jsonPath("$.source").value("CORRECTION"));
    }

    @Test
    void theTrayAndTheBatchAreReadAndIssuedOverTheApi() throws Exception {
        scenario.waiting(scenario.court, 30);
        scenario.waiting(scenario.opd, 20);
        scenario.settle(scenario.program);

        mvc.perform(get("/api/v1/programs/{id}/letters/tray", scenario.program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draftCount").value(2))
                .andExpect(jsonPath("$.drafts[0].kind").value("ESTIMATED_DATE"))
                .andExpect(jsonPath("$.drafts[0].source").value("ESTIMATE"));
        String overview = mvc.perform(get("/api/v1/programs/{id}/letters/batch", scenario.program)
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaultMode").value("PER_COURT"))
                .andExpect(jsonPath("$.groups.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(overview, "$.groups[*].drafts[*].letterId");

        mvc.perform(post("/api/v1/programs/{id}/letters/batch", scenario.program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\": \"PER_COURT\", \"letterIds\": [\"" + String.join("\", \"", ids) + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].status").value("ISSUED"))
                .andExpect(jsonPath("$[0].children[0].statedDate").isNotEmpty());
    }

    @Test
    void aLetterOrEntryOfAnotherProgramIsNotFound() throws Exception {
        String id = draft(scenario.refer(scenario.court, 10));
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PPF", "08101")));
        String strangerBearer = "Bearer " + tokens.create(stranger, "otra").secret();

        mvc.perform(get("/api/v1/letters/{id}", id).header("Authorization", strangerBearer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("El oficio no existe o no tiene acceso a él."));
        mvc.perform(post("/api/v1/letters/{id}/issue", id).header("Authorization", strangerBearer))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/entries/{id}/letters", scenario.refer(scenario.court, 3).entryId())
                        .header("Authorization", strangerBearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"NOT_ELIGIBLE\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from letter where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("DRAFT");
    }
}

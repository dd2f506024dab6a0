package cl.circuito.waitinglist.entry.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class WaitingListApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;

    UUID program;
    UUID court;
    Actor director;
    String bearer;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        bearer = "Bearer " + tokens.create(director, "integración").secret();
    }

    private String referral(String rut, String reason, String receivedOn) {
        return """
                {"rut": "%s", "givenNames": "Tomás", "paternalSurname": "Ficticio", "birthDate": "2014-06-01",
                 "referrerId": "%s", "courtRit": "P-%d-2026", "reason": "%s", "receivedOn": "%s",
                 "backgroundSufficient": true}
                """.formatted(rut, court, Fixtures.next(), reason, receivedOn);
    }

    private String register() throws Exception {
        String body = mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(referral(Fixtures.rut(), "Medida de protección", "2026-09-10")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void registersAReferralAndAnswersTheDeadlineAsAnIsoDate() throws Exception {
        mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(referral(Fixtures.rut(), "Motivo", "2026-09-10")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/entries/")))
                .andExpect(jsonPath("$.admissibilityDueOn").value("2026-09-25"))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
    }

    @Test
    void listsTheProgramsWaitingListAndGetsAnEntryWithItsHistory() throws Exception {
        String id = register();

        mvc.perform(get("/api/v1/programs/{id}/entries", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/entries/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.child.paternalSurname").value("Ficticio"))
                .andExpect(jsonPath("$.timeline[0].kind").value("REFERRAL_RECEIVED"))
                .andExpect(jsonPath("$.history[*].what", hasItem("audit.entry.registered")))
                .andExpect(jsonPath("$.history[?(@.what == 'audit.entry.registered')].changes.receivedOn",
                        contains("10-09-2026")))
                .andExpect(jsonPath("$.history[?(@.what == 'audit.entry.registered')].changes.backgroundSufficient",
                        contains(true)));
    }

    @Test
    void recordsAnActionDecidesAndExitsThroughTheApi() throws Exception {
        String id = register();

        mvc.perform(post("/api/v1/entries/{id}/background-actions", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actionKind\":\"HOME_VISIT\",\"performedOn\":\"2026-09-14\",\"notes\":\"Visita\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timeline[*].actionKind", hasItem("HOME_VISIT")));
        mvc.perform(post("/api/v1/entries/{id}/decision", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"NOT_ELIGIBLE\",\"decidedOn\":\"2026-09-15\","
                                + "\"reason\":\"Perfil preventivo\",\"version\":" + version(id) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pertinentProgram"))
                .andExpect(jsonPath("$.errors[0].message", containsString("programa más pertinente")));
        mvc.perform(post("/api/v1/entries/{id}/decision", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ELIGIBLE\",\"decidedOn\":\"2026-09-15\",\"version\":" + version(id)
                                + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING"));
        mvc.perform(post("/api/v1/entries/{id}/decision", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ELIGIBLE\",\"decidedOn\":\"2026-09-15\",\"version\":" + version(id)
                                + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("ya fue decidida")));
        mvc.perform(post("/api/v1/entries/{id}/exit", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"FAMILY_MOVED\",\"exitedOn\":\"2026-09-20\",\"notes\":\"Se trasladan\","
                                + "\"version\":" + version(id) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXITED"))
                .andExpect(jsonPath("$.exitReason").value("FAMILY_MOVED"));
    }

    @Test
    void badInputGetsSpanishProblemDetailsNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(referral("12.345.678-9", "Motivo", "2026-09-10")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("rut"))
                .andExpect(jsonPath("$.errors[0].message", containsString("RUT no es válido")));
        mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(referral(Fixtures.rut(), "<script>alert(1)</script>", "2026-09-10")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message", containsString("«Motivo» no puede contener etiquetas HTML")));
        mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(referral(Fixtures.rut(), "Motivo", "2026-02-30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Fecha de recepción")));
        mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(referral(Fixtures.rut(), "Motivo", "2099-01-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("no puede ser una fecha futura")));
        mvc.perform(post("/api/v1/programs/{id}/referrals", UUID.randomUUID()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(referral(Fixtures.rut(), "Motivo", "2026-09-10")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/programs/{id}/referrals", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("JSON")));
    }

    @Test
    void anotherProgramsEntryIsNotFoundAndStaleVersionsConflict() throws Exception {
        String id = register();
        UUID otherProgram = fixtures.program("PPF", "13101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));

        mvc.perform(get("/api/v1/entries/{id}", id).with(fixtures.as(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no tiene acceso")));
        mvc.perform(post("/api/v1/entries/{id}/reopening", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\",\"version\":99}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Recargue")));
    }

    @Test
    void withoutATokenOrWithARevokedOneTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/programs/{id}/entries", program))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("token personal")));
        var token = tokens.create(director, "temporal");
        mvc.perform(get("/api/v1/programs/{id}/entries", program).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
        tokens.revoke(director, token.id());
        mvc.perform(get("/api/v1/programs/{id}/entries", program).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesTheWaitingList() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programs/{programId}/referrals'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/entries/{entryId}/decision'].post").exists());
    }

    /** The entry's version as the client read it last (GET /api/v1/entries/{id} answers it). */
    private long version(String entryId) {
        return fixtures.version("waiting_list_entry", UUID.fromString(entryId));
    }
}

package cl.circuito.waitinglist.priority.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class PriorityApiTests {

    private static final String SENAME = "5e4a3e00-2011-4000-8000-000000000001";

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

    private ReferralBuilder referral() {
        return fixtures.referral(director, program, court).child("Javiera", "Api" + Fixtures.next())
                .bornOn(LocalDate.of(2013, 1, 1)).receivedOn(LocalDate.of(2026, 9, 10));
    }

    /** Descriptors 1..present PRESENT, 20 NO_DATA, the rest ABSENT; {@code upTo} answers in all. */
    private static String answers(int present, int upTo) {
        return IntStream.rangeClosed(1, upTo)
                .mapToObj(n -> "\"" + n + "\": \"" + (n <= present ? "PRESENT" : n == 20 ? "NO_DATA" : "ABSENT") + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private String body(int present, int upTo, UUID entryId) {
        return """
                {"assessedOn": "2026-09-20", "answers": %s, "notes": "Por API", "version": %d}""".formatted(
                answers(present, upTo), version(entryId));
    }

    /** The entry's version as the client read it (GET /api/v1/entries/{id} answers it). */
    private long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    @Test
    void listsInstrumentsAndShowsTheSenameGuide() throws Exception {
        mvc.perform(get("/api/v1/priority-instruments").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("SENAME-2011")));
        mvc.perform(get("/api/v1/priority-instruments/{id}", SENAME).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemCount").value(20))
                .andExpect(jsonPath("$.groups.length()").value(4))
                .andExpect(jsonPath("$.groups[0].items[0].text").value(containsString("Abuso Sexual Intrafamiliar")));
        mvc.perform(get("/api/v1/priority-instruments/{id}", UUID.randomUUID()).header("Authorization", bearer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("El instrumento de priorización no existe."));
    }

    @Test
    void assessesOverridesAndListsTheHistory() throws Exception {
        WaitingListEntry entry = referral().eligibleOn(LocalDate.of(2026, 9, 15)).register();

        mvc.perform(post("/api/v1/entries/{id}/priority-assessments", entry.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body(5, 20, entry.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(5))
                .andExpect(jsonPath("$.finalPriority").value(1))
                .andExpect(jsonPath("$.instrument").value("SENAME-2011 v1"))
                .andExpect(jsonPath("$.toGather[0]").value(20));
        mvc.perform(post("/api/v1/entries/{id}/priority-override", entry.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"priority\": 2, \"reason\": \"\", \"version\": " + version(entry.id()) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/entries/{id}/priority-override", entry.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"priority\": 2, \"reason\": \"Cuidadora protectora\", \"version\": "
                                + version(entry.id()) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finalPriority").value(2))
                .andExpect(jsonPath("$.computedPriority").value(1))
                .andExpect(jsonPath("$.overrideReason").value("Cuidadora protectora"));
        mvc.perform(get("/api/v1/entries/{id}/priority-assessments", entry.id()).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].answers.length()").value(20));
    }

    @Test
    void badInputIsAProblemInSpanishNamingTheField() throws Exception {
        WaitingListEntry underReview = referral().register();
        mvc.perform(post("/api/v1/entries/{id}/priority-assessments", underReview.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body(5, 20, underReview.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("solo a NNA declarados sujetos de atención")));

        WaitingListEntry entry = referral().eligibleOn(LocalDate.of(2026, 9, 15)).register();
        mvc.perform(post("/api/v1/entries/{id}/priority-assessments", entry.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body(5, 17, entry.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("answers"))
                .andExpect(jsonPath("$.detail").value(containsString("18, 19, 20")));
        mvc.perform(post("/api/v1/entries/{id}/priority-assessments", entry.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessedOn\": \"2026-09-20\", \"answers\": {\"1\": \"QUIZAS\"}, \"version\": "
                                + version(entry.id()) + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/programs/{id}/priority-setting", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instrumentId\": \"" + SENAME + "\", \"cut\": 0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cut"))
                .andExpect(jsonPath("$.detail").value(containsString("entre 1 y 20")));

        UUID other = fixtures.program("PRM", "13101");
        mvc.perform(get("/api/v1/programs/{id}/priority-setting", other).header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAdministratorPublishesANewVersionThatOthersCannot() throws Exception {
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        String adminBearer = "Bearer " + tokens.create(admin, "administración").secret();
        String code = "API-" + Fixtures.next();
        String created = mvc.perform(post("/api/v1/priority-instruments").header("Authorization", adminBearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "%s", "name": "Pauta API", "defaultCut": 1,
                                 "groups": [{"title": "I. Niño", "items": ["Consumo", "Deserción"]}]}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versionNumber").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(post("/api/v1/priority-instruments/{id}/versions", id).header("Authorization", adminBearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Pauta API", "defaultCut": 3,
                                 "groups": [{"title": "I. Niño", "items": ["Consumo", "Deserción"]}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("defaultCut"));
        mvc.perform(post("/api/v1/priority-instruments/{id}/versions", id).header("Authorization", adminBearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Pauta API", "defaultCut": 2,
                                 "groups": [{"title": "I. Niño", "items": ["Consumo", "Deserción", "Calle"]}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versionNumber").value(2))
                .andExpect(jsonPath("$.groups[0].items[2].number").value(3));
        mvc.perform(post("/api/v1/priority-instruments").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "X-%d", "name": "x", "defaultCut": 1, "groups": [{"title": "I", "items": ["a"]}]}"""
                                .formatted(Fixtures.next())))
                .andExpect(status().isForbidden());
    }
}

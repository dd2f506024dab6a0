package cl.circuito.waitinglist.ranking.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class RankingApiTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 5, 4);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;
    String bearer;
    WaitingListEntry first;
    WaitingListEntry second;
    WaitingListEntry third;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        bearer = "Bearer " + tokens.create(director, "prelación").secret();
        first = waiting("Agustina", "Uno", RECEIVED, 1, 13);
        second = waiting("Bastián", "Dos", RECEIVED.plusDays(1), 1, 13);
        third = waiting("Constanza", "Tres", RECEIVED, null, null);
    }

    private WaitingListEntry waiting(String givenNames, String surname, LocalDate receivedOn, Integer priority,
                                     Integer score) {
        return fixtures.referral(director, program, court).child(givenNames, surname + Fixtures.next())
                .bornOn(LocalDate.of(2013, 3, 3)).receivedOn(receivedOn).waiting().priority(priority, score).register();
    }

    private String json(String position, String reason, Long version) {
        return "{\"position\": %s, \"reason\": %s, \"version\": %s}".formatted(position,
                reason == null ? "null" : "\"" + reason + "\"", version);
    }

    @Test
    void listsTheRankingWithReasonCodesAndExplanations() throws Exception {
        mvc.perform(get("/api/v1/programs/{id}/ranking", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].entryId").value(first.id().toString()))
                .andExpect(jsonPath("$.items[0].reason").value("FIRST"))
                .andExpect(jsonPath("$.items[1].reason").value("LATER_RECEIPT"))
                .andExpect(jsonPath("$.items[1].comparedWith").value(first.id().toString()))
                .andExpect(jsonPath("$.items[1].explanation", startsWith("Prioridad 1 con 13 puntos: después de A. U.")))
                .andExpect(jsonPath("$.items[2].rank").value(3))
                .andExpect(jsonPath("$.items[2].reason").value("NOT_ASSESSED"))
                .andExpect(jsonPath("$.items[2].priority").doesNotExist());
        mvc.perform(get("/api/v1/programs/{id}/ranking", program).param("page", "1").param("size", "2")
                        .header("Authorization", bearer))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void placesAChildByHandAndRemovesThePlace() throws Exception {
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", third.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("1", "Resolución del tribunal pide ingreso preferente", third.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.rank").value(1))
                .andExpect(jsonPath("$.place.reason").value("MANUAL"))
                .andExpect(jsonPath("$.place.manualReason").value("Resolución del tribunal pide ingreso preferente"))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/entries/{id}", third.id()).header("Authorization", bearer))
                .andExpect(jsonPath("$.timeline[0].kind").value("RANKING_PLACED"))
                .andExpect(jsonPath("$.timeline[0].detail").value("3 → 1"));

        mvc.perform(post("/api/v1/entries/{id}/ranking-placement/clear", third.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Se revisa\", \"version\": " + version(third.id()) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.rank").value(3))
                .andExpect(jsonPath("$.place.reason").value("NOT_ASSESSED"));
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement/clear", third.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Otra vez\", \"version\": " + version(third.id()) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("no tiene una ubicación manual")));
    }

    @Test
    void badInputGetsSpanishProblemDetailsNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", second.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(json("1", null, version(second.id()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", second.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(json("0", "Motivo", version(second.id()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("position"))
                .andExpect(jsonPath("$.errors[0].message").value("El lugar debe ser 1 o mayor."));
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", second.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(json("null", "Motivo", version(second.id()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", second.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(json("1", "Motivo", 99L)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Recargue")));
    }

    @Test
    void aChildNotWaitingConflictsAndAnotherProgramsChildIsNotFound() throws Exception {
        WaitingListEntry underReview = fixtures.referral(director, program, court)
                .child("Dante", "Revisión" + Fixtures.next()).bornOn(LocalDate.of(2013, 3, 3)).receivedOn(RECEIVED)
                .register();
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", underReview.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("1", "Motivo", version(underReview.id()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("en espera")));

        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        String strangerBearer = "Bearer " + tokens.create(stranger, "otro").secret();
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", first.id()).header("Authorization", strangerBearer)
                        .contentType(MediaType.APPLICATION_JSON).content(json("2", "Motivo", version(first.id()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programs/{id}/ranking", program).header("Authorization", strangerBearer))
                .andExpect(status().isNotFound());

        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        mvc.perform(post("/api/v1/entries/{id}/ranking-placement", first.id())
                        .header("Authorization", "Bearer " + tokens.create(professional, "apoyo").secret())
                        .contentType(MediaType.APPLICATION_JSON).content(json("2", "Motivo", version(first.id()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentDescribesTheRanking() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programs/{programId}/ranking'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/entries/{entryId}/ranking-placement'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/entries/{entryId}/ranking-placement/clear'].post").exists());
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}

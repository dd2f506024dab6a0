package cl.circuito.waitinglist.admission.web;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class AdmissionApiTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final String NEXT_MONTH = YearMonth.from(TODAY).plusMonths(1).toString();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;
    String bearer;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        jdbc.sql("update program set agreed_capacity = 2 where id = ?").param(program).update();
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        bearer = "Bearer " + tokens.create(director, "ingresos").secret();
    }

    private UUID waiting(int daysAgo) {
        return fixtures.referral(director, program, court).child("Api", "Ficticio" + Fixtures.next())
                .bornOn(LocalDate.of(2014, 5, 5)).receivedOn(TODAY.minusDays(daysAgo))
                .eligibleOn(TODAY.minusDays(daysAgo - 1)).register().id();
    }

    @Test
    void placesAndTheProposalAreReadAndThePlanIsConfirmed() throws Exception {
        UUID first = waiting(30);
        UUID second = waiting(20);
        UUID third = waiting(10);

        mvc.perform(get("/api/v1/programs/{id}/places", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(2))
                .andExpect(jsonPath("$.free").value(2));
        mvc.perform(get("/api/v1/programs/{id}/admission-proposal", program).param("month", NEXT_MONTH)
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value(NEXT_MONTH))
                .andExpect(jsonPath("$.candidates", hasSize(3)))
                .andExpect(jsonPath("$.candidates[0].entryId").value(first.toString()))
                .andExpect(jsonPath("$.candidates[0].proposed").value(true))
                .andExpect(jsonPath("$.candidates[2].proposed").value(false))
                .andExpect(jsonPath("$.candidates[0].estimatedOn").exists());

        mvc.perform(post("/api/v1/programs/{id}/admission-plans", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"month": "%s", "chosen": ["%s", "%s"], "reasons": {}}""".formatted(NEXT_MONTH, first, third)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reasons[" + second + "]"));
        mvc.perform(post("/api/v1/programs/{id}/admission-plans", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"month": "%s", "chosen": ["%s", "%s"]}""".formatted(NEXT_MONTH, first, second)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.freePlacesAtConfirmation").value(2))
                .andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(post("/api/v1/programs/{id}/admission-plans", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"month": "%s", "chosen": ["%s"], "reasons": {"%s": "Urgente"}}""".formatted(NEXT_MONTH, third, third)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "No quedan plazas libres: capacidad 2, casos activos 0, ingresos programados 2. Nada se guardó."));
    }

    @Test
    void theAdmissionNeedsTheInterviewFirstThenOpensAnActiveCaseThatCanBeClosed() throws Exception {
        UUID child = waiting(30);
        mvc.perform(post("/api/v1/programs/{id}/admission-plans", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"month": "%s", "chosen": ["%s"], "reasons": {}}""".formatted(YearMonth.from(TODAY), child)))
                .andExpect(status().isCreated());
        // Scheduled today: an interview dated yesterday would belong to no scheduling.
        mvc.perform(post("/api/v1/entries/{id}/admission-interview", child).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldOn": "%s", "attendees": "NNA y su tía", "addressConfirmed": true,
                                 "address": "Av. Siempre Viva 742", "version": %d}""".formatted(TODAY.minusDays(1),
                                version(child))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"))
                .andExpect(jsonPath("$.detail", containsString("no puede ser anterior al día en que se programó el ingreso")));

        mvc.perform(post("/api/v1/entries/{id}/admission", child).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"admittedOn": "%s", "version": %d}""".formatted(TODAY, version(child))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("admittedOn"))
                .andExpect(jsonPath("$.detail", containsString("antes de la entrevista de ingreso")));
        mvc.perform(post("/api/v1/entries/{id}/admission-interview", child).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldOn": "%s", "attendees": "NNA y su tía", "addressConfirmed": true,
                                 "address": "Av. Siempre Viva 742", "version": %d}""".formatted(TODAY, version(child))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addressConfirmed").value(true));
        String admitted = mvc.perform(post("/api/v1/entries/{id}/admission", child).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"admittedOn": "%s", "version": %d}""".formatted(TODAY, version(child))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entryId").value(child.toString()))
                .andReturn().getResponse().getContentAsString();
        String caseId = JsonPath.read(admitted, "$.id");

        mvc.perform(get("/api/v1/programs/{id}/active-cases", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(caseId));
        mvc.perform(post("/api/v1/active-cases/{id}/close", caseId).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"closedOn": "%s", "reason": "DROPPED_OUT", "notes": "",
                                 "version": %d}""".formatted(TODAY, caseVersion(caseId))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("notes"));
        mvc.perform(post("/api/v1/active-cases/{id}/close", caseId).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"closedOn": "%s", "reason": "DROPPED_OUT", "notes": "La familia no adhiere.",
                                 "version": %d}""".formatted(TODAY, caseVersion(caseId))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closeReason").value("DROPPED_OUT"));
        mvc.perform(get("/api/v1/programs/{id}/places", program).header("Authorization", bearer))
                .andExpect(jsonPath("$.free").value(2));
    }

    @Test
    void existingCasesAreRegisteredAndEstimatesHaveAHistory() throws Exception {
        UUID child = waiting(30);
        for (int i = 0; i < 2; i++) {
            // The first takes one of two free places (still a place for rank 1: same date); the second the last one.
            mvc.perform(post("/api/v1/programs/{id}/active-cases", program).header("Authorization", bearer)
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"givenNames": "Previa", "paternalSurname": "Ficticia%d", "birthDate": "2012-01-01",
                                     "admittedOn": "%s"}""".formatted(Fixtures.next(), TODAY.minusMonths(8))))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.entryId").doesNotExist());
        }
        mvc.perform(post("/api/v1/programs/{id}/active-cases", program).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"givenNames": "Sin fecha", "paternalSurname": "Ficticia"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("admittedOn"));
        fixtures.settle();

        mvc.perform(get("/api/v1/entries/{id}/estimates", child).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].freePlaces").value(0))
                .andExpect(jsonPath("$[1].freePlaces").value(2))
                .andExpect(jsonPath("$[0].basis").value("FALLBACK"));
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    /** The case's version as the client read it (the admission's answer and the list of active cases carry it). */
    private Long caseVersion(String caseId) {
        return fixtures.version("active_case", UUID.fromString(caseId));
    }
}

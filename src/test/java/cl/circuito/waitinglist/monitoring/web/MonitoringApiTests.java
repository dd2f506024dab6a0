package cl.circuito.waitinglist.monitoring.web;

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
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class MonitoringApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;
    String bearer;
    LocalDate today;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PPF", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        bearer = "Bearer " + tokens.create(director, "integración").secret();
        today = LocalDate.now(ZoneId.of("America/Santiago"));
    }

    private String action(String kind, LocalDate on, String outcome) {
        return """
                {"kind": "%s", "performedOn": "%s", "outcome": "%s", "notes": "Registro por API"}
                """.formatted(kind, on, outcome);
    }

    @Test
    void recordsAndListsMonitoringActionsAndRefusesAFutureDateNamingTheField() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Api").receivedDaysAgo(15)
                .waiting().register().id();

        mvc.perform(post("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(action("OTHER_CONTACT", today.plusDays(1), "PROTECTED")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("performedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("La fecha no puede ser futura."));
        mvc.perform(post("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"performedOn\": \"" + today + "\", \"outcome\": \"PROTECTED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(action("OTHER_CONTACT", today, "PROTECTED")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.action.kind").value("OTHER_CONTACT"))
                .andExpect(jsonPath("$.judicialActionOpened").value(false));

        mvc.perform(get("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].notes").value("Registro por API"))
                .andExpect(jsonPath("$.judicialActions").isEmpty());
    }

    @Test
    void monitoringAnEntryThatIsNotWaitingIsAConflict() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Revision").receivedDaysAgo(5)
                .register().id();

        mvc.perform(post("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(action("OTHER", today, "PROTECTED")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Solo se monitorea a NNA en espera")));
    }

    @Test
    void plansTheMonthAndRemovesAChildOnlyWithAReason() throws Exception {
        UUID first = fixtures.referral(director, program, court).surnamed("Plan").receivedDaysAgo(30)
                .waiting().register().id();
        fixtures.referral(director, program, court).surnamed("Plan").receivedDaysAgo(31).waiting().register();
        YearMonth month = YearMonth.from(today);

        mvc.perform(get("/api/v1/programs/{id}/monitoring-plans/{m}", program, month).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planned").value(false))
                .andExpect(jsonPath("$.requiredNow").value(1))
                .andExpect(jsonPath("$.children.length()").value(1));
        mvc.perform(post("/api/v1/programs/{id}/monitoring-plans/{m}", program, month).header("Authorization", bearer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.planned").value(true))
                .andExpect(jsonPath("$.kind").value("SAMPLE"))
                .andExpect(jsonPath("$.progress.planned").value(1));
        mvc.perform(post("/api/v1/programs/{id}/monitoring-plans/{m}", program, month).header("Authorization", bearer))
                .andExpect(status().isConflict());

        String planned = JsonPath.read(mvc.perform(get("/api/v1/programs/{id}/monitoring-plans/{m}", program, month)
                .header("Authorization", bearer)).andReturn().getResponse().getContentAsString(), "$.children[0].entryId");
        mvc.perform(delete("/api/v1/programs/{id}/monitoring-plans/{m}/items/{e}", program, month, planned)
                        .header("Authorization", bearer).param("reason", "Ingresa este mes"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        String version = String.valueOf(planVersion(program, month));
        mvc.perform(delete("/api/v1/programs/{id}/monitoring-plans/{m}/items/{e}", program, month, planned)
                        .header("Authorization", bearer).param("version", version))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(delete("/api/v1/programs/{id}/monitoring-plans/{m}/items/{e}", program, month, planned)
                        .header("Authorization", bearer).param("version", version).param("reason", "Ingresa este mes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed[0].removalReason").value("Ingresa este mes"));
        String other = planned.equals(first.toString()) ? null : first.toString();
        mvc.perform(post("/api/v1/programs/{id}/monitoring-plans/{m}/items", program, month).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entryId\": \"" + (other != null ? other : planned) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children[*].reason", hasItem("ADDED_BY_DIRECTOR")));
        mvc.perform(get("/api/v1/programs/{id}/monitoring-plans/{m}", program, "2026-13").header("Authorization", bearer))
                .andExpect(status().isBadRequest());
    }

    @Test
    void followsAJudicialActionFromTheFindingToTheCourtsAnswer() throws Exception {
        UUID entry = fixtures.referral(director, program, court).surnamed("Tribunal").receivedDaysAgo(30)
                .waiting().register().id();
        String created = mvc.perform(post("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(action("IN_PERSON_INTERVIEW", today.minusDays(3), "NOT_PROTECTED")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.judicialActionOpened").value(true))
                .andExpect(jsonPath("$.judicialAction.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        String judicial = JsonPath.read(created, "$.judicialAction.id");

        mvc.perform(get("/api/v1/programs/{id}/judicial-actions", program).header("Authorization", bearer))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].action.id").value(judicial));
        mvc.perform(post("/api/v1/judicial-actions/{id}/request", judicial).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"AUDIENCIA_EXTRAORDINARIA\", \"requestedOn\": \"" + today.minusDays(4)
                                + "\", \"version\": " + judicialVersion(judicial) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("requestedOn"));
        mvc.perform(post("/api/v1/judicial-actions/{id}/request", judicial).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"AUDIENCIA_EXTRAORDINARIA\", \"requestedOn\": \"" + today.minusDays(2)
                                + "\", \"version\": " + judicialVersion(judicial) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REQUESTED"));
        mvc.perform(post("/api/v1/judicial-actions/{id}/answer", judicial).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answeredOn\": \"" + today + "\", \"version\": " + judicialVersion(judicial) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(post("/api/v1/judicial-actions/{id}/answer", judicial).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\": \"Audiencia fijada; se decreta medida cautelar.\", \"answeredOn\": \"" + today
                                + "\", \"version\": " + judicialVersion(judicial) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));
        mvc.perform(get("/api/v1/programs/{id}/judicial-actions", program).header("Authorization", bearer))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(post("/api/v1/judicial-actions/{id}/request", UUID.randomUUID()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"MEDIDA_CAUTELAR\", \"version\": 0}"))
                .andExpect(status().isNotFound());
    }

    /** The judicial action's version as the client read it (the list and every answer carry it). */
    private long judicialVersion(String judicialActionId) {
        return fixtures.version("judicial_action", UUID.fromString(judicialActionId));
    }

    /** The month's plan version, as the monitoring page shows it. */
    private long planVersion(UUID program, java.time.YearMonth month) {
        return jdbc.sql("select version from monitoring_plan where program_id = ? and month = ?")
                .params(program, month.atDay(1)).query(Long.class).single();
    }
}

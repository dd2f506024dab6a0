package cl.circuito.letters.drafting.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.letters.drafting.LetterScenario;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same rules over JSON: a draft's facts, its addressee, regenerating and confirming. */
@CircuitoTest
class LetterFactsApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired MonitoringLog monitoring;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    LetterScenario scenario;
    String bearer;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        bearer = "Bearer " + tokens.create(scenario.director, "integración").secret();
    }

    @Test
    void aRequestsFamilyCourtIsChosenAndItsLetterIssuedOverTheApi() throws Exception {
        LetterScenario.Child child = scenario.waiting(scenario.opd, 30);
        monitoring.record(scenario.director, child.entryId(), MonitoringActionKind.IN_PERSON_INTERVIEW,
                LocalDate.now().minusDays(1), null, MonitoringOutcome.NOT_PROTECTED, "El padre volvió.");
        UUID request = draft(child, "JUDICIAL_REQUEST");

        mvc.perform(get("/api/v1/letters/{id}", request).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrerId").doesNotExist())
                .andExpect(jsonPath("$.salutation").value("De mi consideración:"))
                .andExpect(jsonPath("$.closing").value("Sin otro particular, saluda atentamente a S.S.,"))
                .andExpect(jsonPath("$.facts.current").value(true));
        mvc.perform(get("/api/v1/letters/{id}/addressees", request).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", everyItem(is("FAMILY_COURT"))))
                .andExpect(jsonPath("$[*].referrerId", hasItem(scenario.court.toString())));
        mvc.perform(post("/api/v1/letters/{id}/issue", request).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version(request) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("recipient"));
        mvc.perform(put("/api/v1/letters/{id}/addressee", request).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(request) + ", \"referrerId\": \"" + scenario.opd + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("referrerId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("tribunal de familia")));

        mvc.perform(put("/api/v1/letters/{id}/addressee", request).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(request) + ", \"referrerId\": \"" + scenario.court + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrerId").value(scenario.court.toString()))
                .andExpect(jsonPath("$.addresseeChosen").value(true))
                .andExpect(jsonPath("$.notes[0].kind").value("READDRESSED"));
        mvc.perform(post("/api/v1/letters/{id}/issue", request).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version(request) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberLabel").value("N° 1/" + LocalDate.now().getYear()));
    }

    @Test
    void aStaleDraftIsRefusedWithWhatChangedAndIsRegeneratedOrConfirmed() throws Exception {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), LocalDate.now(),
                "Motivo.", null, "PPF Ñuble");
        scenario.settle(scenario.program);
        UUID letter = draft(child, "NOT_ELIGIBLE");
        mvc.perform(put("/api/v1/letters/{id}", letter).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(letter) + ", \"subject\": \"Materia\", \"body\": \"Texto propio.\"}"))
                .andExpect(status().isOk());
        // The referrer renamed without an event reaching the letters yet.
        jdbc.sql("update referrer set name = 'OPD con otro nombre' where id = ?").param(scenario.opd).update();

        mvc.perform(get("/api/v1/letters/{id}", letter).header("Authorization", bearer))
                .andExpect(jsonPath("$.facts.current").value(false))
                .andExpect(jsonPath("$.facts.textEdited").value(true))
                .andExpect(jsonPath("$.facts.changes[0].fact").value("Destinatario"))
                .andExpect(jsonPath("$.facts.changes[0].after").value("OPD con otro nombre"));
        mvc.perform(post("/api/v1/letters/{id}/issue", letter).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version(letter) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Destinatario: «")));

        mvc.perform(post("/api/v1/letters/{id}/facts-confirmation", letter).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version(letter) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipientName").value("OPD con otro nombre"))
                .andExpect(jsonPath("$.body").value("Texto propio."))
                .andExpect(jsonPath("$.facts.current").value(true));
        mvc.perform(post("/api/v1/letters/{id}/regenerate", letter).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version(letter) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body", containsString("se sugiere su derivación a PPF Ñuble")))
                .andExpect(jsonPath("$.facts.textEdited").value(false));
    }

    private UUID draft(LetterScenario.Child child, String kind) {
        scenario.settle(scenario.program);
        return jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.kind = ? and l.status = 'DRAFT'""")
                .params(child.entryId(), kind).query(UUID.class).single();
    }

    private long version(UUID letter) {
        return jdbc.sql("select version from letter where id = ?").param(letter).query(Long.class).single();
    }
}

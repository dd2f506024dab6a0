package cl.circuito.waitinglist.entry.web;

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
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SENAINFO's steps (I-SGC-01) recorded from the entry page and the API, and the list's "pending" filter. */
@CircuitoTest
class SenainfoPagesAndApiTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

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
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        bearer = "Bearer " + tokens.create(director, "integración").secret();
    }

    private WaitingListEntry referral(String given, LocalDate receivedOn) {
        return fixtures.referral(director, program, court).child(given, "Senainfo" + Fixtures.next())
                .bornOn(LocalDate.of(2014, 2, 2)).receivedOn(receivedOn).register();
    }

    private ResultActions postPage(UUID entryId, String step, LocalDate on, long version) throws Exception {
        return mvc.perform(post("/entries/{id}/senainfo", entryId).with(csrf()).with(fixtures.as(director))
                .param("senainfoStep", step).param("senainfoOn", on.toString()).param("version", String.valueOf(version)));
    }

    private ResultActions postApi(UUID entryId, String step, LocalDate on, long version) throws Exception {
        return mvc.perform(post("/api/v1/entries/{id}/senainfo", entryId).header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"senainfoStep": "%s", "senainfoOn": "%s", "version": %d}
                        """.formatted(step, on, version)));
    }

    @Test
    void theDirectorRecordsTheEntryInSenainfoFromTheEntryPageOnce() throws Exception {
        WaitingListEntry entry = referral("Antonia", TODAY.minusDays(6));

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(
                        containsString("Pendiente: ingresar la derivación en la lista de espera de SENAINFO"),
                        containsString("Registrar ingreso en SENAINFO"),
                        containsString("Fecha de ingreso en SENAINFO"))));

        postPage(entry.id(), "ENTERED", TODAY.plusDays(1), entry.version())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"senainfoOn-error\""),
                        containsString("value=\"" + TODAY.plusDays(1) + "\""))));
        // A date beyond what Circuito accepts does not convert: the form is still shown as sent, with its error.
        postPage(entry.id(), "ENTERED", LocalDate.of(3001, 1, 1), entry.version())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"senainfoOn-error\""),
                        containsString("value=\"3001-01-01\""), containsString("Fecha de ingreso en SENAINFO"))));
        postPage(entry.id(), "ENTERED", TODAY.minusDays(7), entry.version())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("anterior a la recepción de la derivación")));

        postPage(entry.id(), "ENTERED", TODAY.minusDays(5), entry.version())
                .andExpect(redirectedUrl("/entries/" + entry.id()));
        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(
                        containsString("Ingresado en SENAINFO el " + DATE.format(TODAY.minusDays(5))),
                        not(containsString("Registrar ingreso en SENAINFO")))));

        long version = fixtures.version("waiting_list_entry", entry.id());
        // A form opened before the change is stale; a second record of the same step is refused.
        postPage(entry.id(), "ENTERED", TODAY, entry.version()).andExpect(status().isConflict());
        postPage(entry.id(), "ENTERED", TODAY, version)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El ingreso en SENAINFO ya está registrado")));
        assertThat(jdbc.sql("select senainfo_entered_on from waiting_list_entry where id = ?").param(entry.id())
                .query(LocalDate.class).single()).isEqualTo(TODAY.minusDays(5));
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = ?")
                .params(entry.id(), "audit.entry.senainfoEntered").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void overTheApiANotEligibleChildIsRemovedFromSenainfoAfterTheDecision() throws Exception {
        WaitingListEntry entry = referral("Benjamín", TODAY.minusDays(8));

        postApi(entry.id(), "REMOVED", TODAY, 0).andExpect(status().isConflict());
        postApi(entry.id(), "ENTERED", TODAY.minusDays(8), 0)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.senainfo.state").value("ENTERED"))
                .andExpect(jsonPath("$.senainfo.pending").value(false))
                .andExpect(jsonPath("$.senainfo.enteredOn").value(TODAY.minusDays(8).toString()));
        mvc.perform(post("/api/v1/entries/{id}/decision", entry.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome": "NOT_ELIGIBLE", "decidedOn": "%s", "reason": "Perfil preventivo",
                                 "pertinentProgramName": "PPF Los Aromos", "version": 1}
                                """.formatted(TODAY.minusDays(2))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.senainfo.state").value("PENDING_REMOVAL"))
                .andExpect(jsonPath("$.senainfo.pending").value(true));

        postApi(entry.id(), "REMOVED", TODAY.minusDays(3), 2)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("senainfoOn"))
                .andExpect(jsonPath("$.detail", containsString("anterior a la decisión")));
        postApi(entry.id(), "SOMETHING", TODAY, 2)
                .andExpect(status().is4xxClientError());
        postApi(entry.id(), "REMOVED", TODAY.minusDays(1), 2)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.senainfo.state").value("REMOVED"))
                .andExpect(jsonPath("$.senainfo.removedOn").value(TODAY.minusDays(1).toString()))
                .andExpect(jsonPath("$.senainfo.removedBy").isNotEmpty());
        postApi(entry.id(), "REMOVED", TODAY, 3)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("senainfoStep"));
    }

    @Test
    void theListFiltersTheChildrenPendingInSenainfo() throws Exception {
        WaitingListEntry pending = referral("Catalina", TODAY.minusDays(4));
        WaitingListEntry entered = referral("Damián", TODAY.minusDays(4));
        postApi(entered.id(), "ENTERED", TODAY.minusDays(4), 0).andExpect(status().isOk());
        WaitingListEntry notEligible = referral("Elisa", TODAY.minusDays(4));
        postApi(notEligible.id(), "ENTERED", TODAY.minusDays(4), 0).andExpect(status().isOk());
        mvc.perform(post("/api/v1/entries/{id}/decision", notEligible.id()).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome": "NOT_ELIGIBLE", "decidedOn": "%s", "reason": "Perfil preventivo",
                                 "pertinentProgramName": "PPF Los Aromos", "version": 1}
                                """.formatted(TODAY.minusDays(1))))
                .andExpect(status().isOk());

        mvc.perform(get("/programs/{id}/waiting-list", program).param("state", "SENAINFO_PENDING")
                        .with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pendientes en SENAINFO"),
                        containsString("Catalina"), containsString("Elisa"), not(containsString("Damián")))));
        mvc.perform(get("/api/v1/programs/{id}/entries", program).param("state", "SENAINFO_PENDING")
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2));

        postApi(notEligible.id(), "REMOVED", TODAY, 2).andExpect(status().isOk());
        postApi(pending.id(), "ENTERED", TODAY, 0).andExpect(status().isOk());
        mvc.perform(get("/api/v1/programs/{id}/entries", program).param("state", "SENAINFO_PENDING")
                        .header("Authorization", bearer))
                .andExpect(jsonPath("$.totalItems").value(0));
    }
}

package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A child's history shows a line the trail kept from before its fields were typed (Spanish keys written by hand,
 * never rewritten) with the same words as it always did, next to the lines written now.
 */
@CircuitoTest
class HistoryPageTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void showsARowStoredWithTheFormerSpanishKeysAndOneWrittenNow() throws Exception {
        UUID program = fixtures.program("PRM", "13101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        WaitingListEntry entry = fixtures.referral(director, program, fixtures.referrer("FAMILY_COURT"))
                .receivedOn(today.minusDays(6)).backgroundSufficient(false).eligibleOn(today.minusDays(1))
                .register();
        // As EntryDecisions wrote a change of sufficiency until the trail's fields were typed.
        jdbc.sql("""
                        insert into audit_event (id, occurred_at, actor_id, actor_name, action, subject_type,
                                                 subject_id, program_id, what, changes)
                        values (?, ?, ?, 'Directora de antes', 'CHANGED', 'ENTRY', ?, ?,
                                'audit.entry.sufficiencyChanged', cast(? as jsonb))""")
                .params(UUID.randomUUID(), Timestamp.from(Instant.now().minusSeconds(60)), director.userId(),
                        entry.id(), program, """
                                {"antecedentesSuficientes": {"before": "false", "after": "true"},
                                 "plazo": {"before": "24-03-2026", "after": "10-03-2026"},
                                 "motivo": "Llegó el informe del tribunal"}""")
                .update();

        String page = mvc.perform(get("/entries/{id}/history", entry.id()).with(fixtures.as(director)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll(">\\s+<", "><");

        assertThat(page).contains(">Directora de antes</td>", ">Cambió la suficiencia de antecedentes</td>",
                field("Antecedentes suficientes", "false → true"),
                field("Plazo de admisibilidad", "24-03-2026 → 10-03-2026"),
                field("Motivo", "Llegó el informe del tribunal"));
        assertThat(page).contains(">Declaró sujeto de atención</td>",
                field("Estado", "En evaluación de admisibilidad → Sujeto de atención, en espera"),
                field("Fecha de la decisión", ChileanDates.day(today.minusDays(1))));
        assertThat(page).contains(">Registró la derivación</td>",
                field("Antecedentes suficientes", "No"),
                field("Plazo de admisibilidad", ChileanDates.day(entry.admissibilityDueOn())),
                field("Documentos adjuntos", "0"));
    }

    /** A changed field as the history's table shows it: its label, then its value. */
    private static String field(String label, String value) {
        return ">" + label + "</dt><dd class=\"col-sm-8 text-prewrap\">" + value + "</dd>";
    }
}

package cl.circuito.mesas.sessions.web;

import cl.circuito.testing.RutShapes;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.sessions.MesaMinutes;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class MinutesPagesTests {

    static final String RUT = RutShapes.REGEX;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired MesaMinutes minutes;
    @Autowired MesaAgreements agreements;
    @Autowired JdbcClient jdbc;

    private static String url(MesaWorld w, MesaSession s) {
        return "/mesas/" + w.mesaId() + "/sessions/" + s.id() + "/minutes";
    }

    private long version(MesaSession s) {
        return jdbc.sql("select version from mesa_session where id = ?").param(s.id()).query(Long.class).single();
    }

    /** The version the agreement's form carries (its hidden field), read where the page reads it. */
    private long agreementVersion(UUID agreement) {
        return jdbc.sql("select version from mesa_agreement where id = ?").param(agreement).query(Long.class).single();
    }

    private static UUID item(MesaSession s, AgendaItemKind kind) {
        return s.itemOfKind(kind).orElseThrow().id();
    }

    @Test
    void aCoFacilitatorWritesTheMinutesMarksTheSessionHeldSendsThemAndTheNextSessionApprovesThem() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.pending(w, LocalDate.of(2025, 4, 8));
        MesaSession second = mesaFixtures.pending(w, LocalDate.of(2025, 5, 13));
        UUID welcome = item(first, AgendaItemKind.WELCOME);

        mvc.perform(get(url(w, first)).with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Acta de la sesión N° " + first.number())))
                .andExpect(content().string(containsString("Borrador.")))
                .andExpect(content().string(containsString("Marcar como realizada")))
                .andExpect(content().string(containsString("Guardar este punto")))
                .andExpect(content().string(containsString("No se ha registrado la asistencia")))
                .andExpect(content().string(containsString("Integrante responsable")));

        mvc.perform(post(url(w, first) + "/items/" + welcome).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", String.valueOf(version(first)))
                        .param("notes", "Se da la bienvenida a la señora Núñez.").param("decisions", ""))
                .andExpect(redirectedUrl(url(w, first) + "#item-" + welcome))
                .andExpect(flash().attribute("success", "Punto del acta guardado."));
        // A stale form: someone saved meanwhile.
        mvc.perform(post(url(w, first) + "/items/" + welcome).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("notes", "Otro"))
                .andExpect(status().isConflict());
        // Too long: the error next to the field, and what was typed kept.
        String tooLong = "Ñ".repeat(20_001);
        mvc.perform(post(url(w, first) + "/items/" + welcome).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", String.valueOf(version(first))).param("notes", tooLong)
                        .param("decisions", "Decisión escrita"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"notes-" + welcome + "-error\"")))
                .andExpect(content().string(containsString("Es demasiado largo: como máximo 20.000 caracteres.")))
                .andExpect(content().string(containsString("Decisión escrita")));

        mvc.perform(post(url(w, first) + "/held").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", String.valueOf(version(first))))
                .andExpect(redirectedUrl(url(w, first)));
        mvc.perform(post(url(w, first) + "/circulate").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", String.valueOf(version(first))))
                .andExpect(redirectedUrl(url(w, first)));

        // Not at a session that has not taken place: the page says so instead of the form, and a post is refused.
        mvc.perform(get(url(w, second)).with(fixtures.as(w.coFacilitator())))
                .andExpect(content().string(containsString("Acta de la sesión anterior (N° " + first.number() + ") por aprobar")))
                .andExpect(content().string(containsString("El acta se aprueba en esta sesión una vez realizada: registre la asistencia de la sesión N° " + second.number())))
                .andExpect(content().string(not(containsString("name=\"approvedBy\""))));
        mvc.perform(post(url(w, second) + "/approve-previous").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("previousVersion", String.valueOf(version(first)))
                        .param("approvedBy", "La Mesa"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("El acta de la sesión N° " + first.number()
                        + " solo se aprueba en una sesión ya realizada: la sesión N° " + second.number() + " es del 13-05-2025")));
        mesaFixtures.attend(w, second);
        mvc.perform(get(url(w, second)).with(fixtures.as(w.coFacilitator())))
                .andExpect(content().string(containsString("Integrantes presentes en la sesión N° " + second.number() + ", por consenso")));
        // Who approves is required: the error next to it, the corrections typed kept.
        mvc.perform(post(url(w, second) + "/approve-previous").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("previousVersion", String.valueOf(version(first)))
                        .param("approvedBy", " ").param("corrections", "Se corrige el apellido Núñez."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"approvedBy-error\"")))
                .andExpect(content().string(containsString("Indique quién aprueba el acta.")))
                .andExpect(content().string(containsString("Se corrige el apellido Núñez.")));
        mvc.perform(post(url(w, second) + "/approve-previous").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("previousVersion", String.valueOf(version(first)))
                        .param("approvedBy", "Integrantes presentes en la sesión N° 2, por consenso")
                        .param("corrections", "Se corrige el apellido Núñez."))
                .andExpect(redirectedUrl(url(w, second)));

        String approved = mvc.perform(get(url(w, first)).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aprobada en la sesión N° " + second.number() + " el 13-05-2025 por")))
                .andExpect(content().string(containsString("Se corrige el apellido Núñez.")))
                .andExpect(content().string(containsString("Se da la bienvenida a la señora Núñez.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(approved).doesNotContain("Guardar este punto").doesNotContainPattern(RUT);
        mvc.perform(get(url(w, first)).with(fixtures.as(w.coFacilitator())))
                .andExpect(content().string(not(containsString("Guardar este punto"))))
                .andExpect(content().string(not(containsString("Registrar un acuerdo"))));

        // Approved minutes refuse a change, in Spanish, and keep their text; approving twice is refused too.
        mvc.perform(post(url(w, first) + "/items/" + welcome).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", String.valueOf(version(first))).param("notes", "Texto cambiado"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("está aprobada: ya no se puede modificar")));
        mvc.perform(post(url(w, second) + "/approve-previous").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("previousVersion", String.valueOf(version(first)))
                        .param("approvedBy", "La Mesa"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select notes from mesa_agenda_item where id = ?").param(welcome).query(String.class).single())
                .isEqualTo("Se da la bienvenida a la señora Núñez.");

        byte[] pdf = mvc.perform(get(url(w, first) + ".pdf").with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf).text()).contains("Aprobada en la sesión N°").doesNotContainPattern(RUT);
        mvc.perform(get(url(w, first)).with(fixtures.as(w.outsider()))).andExpect(status().isNotFound());
        mvc.perform(post(url(w, second) + "/circulate").with(fixtures.as(w.member())).with(csrf())
                .param("version", String.valueOf(version(second)))).andExpect(status().isForbidden());
    }

    @Test
    void agreementsAreTakenUnderAnItemReviewedAtTheNextSessionAndClosingNeedsANote() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession second = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        UUID topics = item(first, AgendaItemKind.CHILDREN_TOPICS);

        mvc.perform(post(url(w, first) + "/agreements").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("agendaItemId", topics.toString()).param("text", "Gestionar hora de salud mental")
                        .param("responsibleMemberId", "").param("dueOn", "2025-04-30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Elija un integrante actual de la Mesa como responsable.")))
                .andExpect(content().string(containsString("Gestionar hora de salud mental")));
        mvc.perform(post(url(w, first) + "/agreements").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("agendaItemId", topics.toString()).param("text", "Gestionar hora de salud mental")
                        .param("responsibleMemberId", w.pieMember().toString()).param("responsiblePerson", "Pía Paredes")
                        .param("dueOn", "2025-04-30"))
                .andExpect(redirectedUrl(url(w, first) + "#item-" + topics));
        UUID agreement = jdbc.sql("select id from mesa_agreement where session_id = ?").param(first.id())
                .query(UUID.class).single();

        mvc.perform(get(url(w, second)).with(fixtures.as(w.coFacilitator())))
                .andExpect(content().string(containsString("Gestionar hora de salud mental")))
                .andExpect(content().string(containsString("Vencido hace")))
                .andExpect(content().string(containsString("Registrar revisión")));

        // Closing from the minutes without a note: the error next to the note, nothing saved.
        mvc.perform(post("/mesas/{m}/agreements/{a}/status", w.mesaId(), agreement).with(fixtures.as(w.member())).with(csrf())
                        .param("version", String.valueOf(agreementVersion(agreement)))
                        .param("from", "minutes").param("sessionId", second.id().toString())
                        .param("status", "DONE").param("note", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"st-" + agreement + "-note-error\"")))
                .andExpect(content().string(containsString("Para cerrar un acuerdo escriba una nota")));
        assertThat(jdbc.sql("select status from mesa_agreement where id = ?").param(agreement).query(String.class).single())
                .isEqualTo("OPEN");
        // Someone else's agreement: refused.
        mvc.perform(post("/mesas/{m}/agreements/{a}/status", w.mesaId(), agreement).with(fixtures.as(w.edtCoFacilitator()))
                        .with(csrf()).param("version", String.valueOf(agreementVersion(agreement)))
                        .param("from", "detail").param("status", "IN_PROGRESS").param("note", "Avanza"))
                .andExpect(redirectedUrl("/mesas/" + w.mesaId() + "/agreements/" + agreement));
        mvc.perform(post("/mesas/{m}/agreements/{a}/status", w.mesaId(), agreement).with(fixtures.as(w.member())).with(csrf())
                        .param("version", String.valueOf(agreementVersion(agreement)))
                        .param("from", "minutes").param("sessionId", second.id().toString())
                        .param("status", "DONE").param("note", "Hora tomada para el 2 de mayo."))
                .andExpect(redirectedUrl(url(w, second) + "#agreement-" + agreement));

        mvc.perform(get("/mesas/{m}/agreements", w.mesaId()).with(fixtures.as(w.manager())).param("state", "CLOSED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hora tomada para el 2 de mayo.")))
                .andExpect(content().string(containsString("Cumplido")));
        mvc.perform(get("/mesas/{m}/agreements/{a}", w.mesaId(), agreement).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("revisado en la sesión N° " + second.number())))
                .andExpect(content().string(containsString("En curso")));
        mvc.perform(get("/mesas/my-agreements").with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gestionar hora de salud mental")));
    }

    @Test
    void overseersSeeHowManyCaseReviewsButNotTheirContentAndOverdueAgreementsStandOutInWords() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        Agreement overdue = agreements.agree(w.coFacilitator(), w.mesaId(), first.id(), null,
                new Agreement.Terms("Enviar el protocolo firmado", w.opdMember(), null, LocalDate.of(2025, 4, 20)));
        mvc.perform(get(url(w, first)).with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("análisis de caso (contenido reservado a los integrantes de la Mesa)")))
                .andExpect(content().string(not(containsString("Guardar este punto"))));
        mvc.perform(get("/mesas/{m}/agreements", w.mesaId()).with(fixtures.as(w.member())).param("state", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vencido hace")))
                .andExpect(content().string(containsString("border-danger")))
                .andExpect(content().string(containsString("Enviar el protocolo firmado")))
                // The PIE member may not update the OPD's agreement: no form on the row.
                .andExpect(content().string(not(containsString("/agreements/" + overdue.id() + "/status"))));
        mvc.perform(get("/mesas/{m}/agreements", w.mesaId()).with(fixtures.as(w.coFacilitator())))
                .andExpect(content().string(containsString("/agreements/" + overdue.id() + "/status")));
        mvc.perform(get("/mesas/{m}/agreements", w.mesaId()).with(fixtures.as(w.admin())))
                .andExpect(status().isForbidden());
    }
}

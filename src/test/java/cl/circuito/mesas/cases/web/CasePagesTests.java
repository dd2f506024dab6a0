package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case pages: presenting with errors next to the fields, the cases tab, a case, the presentation format. */
@CircuitoTest
class CasePagesTests {

    private static final String QUESTION = "answers[2f4b9a10-0005-4000-8000-000000000024]";
    private static final String BACKGROUND = "answers[2f4b9a10-0001-4000-8000-000000000024]";
    private static final String INTERVENTIONS = "answers[2f4b9a10-0002-4000-8000-000000000024]";
    private static final String KNOTS = "answers[2f4b9a10-0004-4000-8000-000000000024]";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void badInitialsAndAMissingCriterionComeBackInSpanishNextToTheFieldsWithWhatWasTyped() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String url = "/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews";

        String blank = body(mvc.perform(get(url).with(fixtures.as(w.coFacilitator()))).andExpect(status().isOk()));
        assertThat(blank).contains("Presentar un caso", "Caso exitoso o buena práctica", "Antecedentes", "Nudos críticos",
                "Pregunta a la Mesa", "Formato nacional Programa 24 Horas", "Estrategia 3",
                "nunca escriba su nombre ni su RUT");

        String badInitials = body(mvc.perform(post(url).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("initials", "Rocío Pérez")
                        .param("age", "12").param("criterion", "NO_PROGRESS")
                        .param(BACKGROUND, "Antecedentes del caso").param(INTERVENTIONS, "Visitas")
                        .param(KNOTS, "Sin avances").param(QUESTION, "¿Qué hacemos?"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(badInitials).contains("Escriba solo las iniciales: de 2 a 4 letras", "id=\"initials-error\"",
                "value=\"Roc&iacute;o P&eacute;rez\"", "Antecedentes del caso", "¿Qué hacemos?");

        String noCriterion = body(mvc.perform(post(url).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("initials", "R.P.")
                        .param("age", "doce").param(QUESTION, "¿Qué hacemos?"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(noCriterion).contains("Indique la edad en años, de 0 a 17.", "value=\"doce\"");
        noCriterion = body(mvc.perform(post(url).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("initials", "R.P.")
                        .param("age", "12").param(QUESTION, "¿Qué hacemos?"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(noCriterion).contains("Elija el criterio de selección del caso.", "id=\"criterion-error\"");
        String noQuestion = body(mvc.perform(post(url).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("initials", "R.P.")
                        .param("age", "12").param("criterion", "GOOD_PRACTICE")
                        .param(BACKGROUND, "a").param(INTERVENTIONS, "b").param(KNOTS, "c"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(noQuestion).contains("Escriba la pregunta a la Mesa (Pregunta a la Mesa).",
                "id=\"answer-2f4b9a10-0005-4000-8000-000000000024-error\"");
        assertThat(jdbc.sql("select count(*) from mesa_case where mesa_id = ?").param(w.mesaId()).query(Long.class).single()).isZero();

        mvc.perform(post(url).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("initials", "r p")
                        .param("age", "12").param("criterion", "GOOD_PRACTICE")
                        .param(BACKGROUND, "a").param(INTERVENTIONS, "b").param(KNOTS, "c").param(QUESTION, "¿Cómo se logró?")
                        .param("strategies[0].text", "Presentar la experiencia en la próxima capacitación")
                        .param("strategies[0].responsibleMemberId", w.opdMember().toString())
                        .param("strategies[0].responsiblePerson", "Olga Ortiz")
                        .param("strategies[0].dueOn", "2025-06-10"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("success", "Caso presentado y estrategias registradas como acuerdos."));
        UUID caseId = jdbc.sql("select id from mesa_case where mesa_id = ?").param(w.mesaId()).query(UUID.class).single();

        String session = body(mvc.perform(get(url).with(fixtures.as(w.member()))).andExpect(status().isOk()));
        assertThat(session).contains("R. P., 12 años", "Buena práctica", "¿Cómo se logró?",
                "Presentar la experiencia en la próxima capacitación", "Olga Ortiz", "plazo 10-06-2025", "Abierto");

        String cases = body(mvc.perform(get("/mesas/" + w.mesaId() + "/cases?criterion=GOOD_PRACTICE")
                .with(fixtures.as(w.member()))).andExpect(status().isOk()));
        assertThat(cases).contains("R. P.", "12 años", "PIE", "Buena práctica", "08-04-2025", "En seguimiento",
                "Ver buenas prácticas", "/mesas/" + w.mesaId() + "/cases/" + caseId, "Formato de presentación");
        assertThat(body(mvc.perform(get("/mesas/" + w.mesaId() + "/cases?criterion=NO_PROGRESS")
                .with(fixtures.as(w.member()))).andExpect(status().isOk()))).contains("No hay casos con estos filtros.");

        String casePage = "/mesas/" + w.mesaId() + "/cases/" + caseId;
        assertThat(body(mvc.perform(get(casePage).with(fixtures.as(w.member()))).andExpect(status().isOk())))
                .contains("Caso R. P., 12 años", "Historial de análisis", "Análisis N° 1", "Cerrar el caso");
        assertThat(body(mvc.perform(post(casePage + "/close").with(fixtures.as(w.member())).with(csrf())
                .param("version", "0").param("note", "")).andExpect(status().isUnprocessableContent())))
                .contains("Para cerrar el caso escriba una nota de cierre.", "id=\"note-error\"");
        mvc.perform(post(casePage + "/close").with(fixtures.as(w.member())).with(csrf())
                .param("version", "0").param("note", "Objetivos logrados.")).andExpect(status().is3xxRedirection());
        assertThat(body(mvc.perform(get(casePage).with(fixtures.as(w.member()))).andExpect(status().isOk())))
                .contains("Cerrado", "Objetivos logrados.").doesNotContain("Cerrar el caso</button>");
        // The read-only user of the PIE reads but cannot present.
        assertThat(body(mvc.perform(get(url).with(fixtures.as(w.memberReadOnly()))).andExpect(status().isOk())))
                .contains("¿Cómo se logró?").doesNotContain("Registrar el análisis");
    }

    @Test
    void coFacilitatorsMakeALocalFormatEditItAndChooseIt() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String url = "/mesas/" + w.mesaId() + "/presentation-format";
        assertThat(body(mvc.perform(get(url).with(fixtures.as(w.member()))).andExpect(status().isOk())))
                .contains("Formato nacional Programa 24 Horas", "En uso", "Solo las y los co-facilitadores")
                .doesNotContain("Crear un formato local");

        String location = mvc.perform(post(url + "/local").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("name", "Pauta de la comuna"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID formatId = UUID.fromString(location.substring(location.indexOf("edit=") + 5));
        String edit = body(mvc.perform(get(location).with(fixtures.as(w.coFacilitator()))).andExpect(status().isOk()));
        assertThat(edit).contains("Modificar «Pauta de la comuna»", "Nueva sección (opcional)", "value=\"Antecedentes\"");
        java.util.regex.Matcher versionField = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(edit);
        assertThat(versionField.find()).isTrue();
        String version = versionField.group(1);

        // Section 2 left without a title: the error is on that row, with what was typed kept.
        String bad = body(mvc.perform(post(url + "/" + formatId).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", version).param("name", "Pauta de la comuna")
                        .param("sections[0].label", "Historia").param("sections[0].position", "1")
                        .param("sections[1].label", "").param("sections[1].help", "Qué se hizo").param("sections[1].position", "2")
                        .param("sections[2].label", "¿Qué pedimos?").param("sections[2].position", "3")
                        .param("questionIndex", "2"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(bad).contains("Indique el título de la sección.", "Qué se hizo", "value=\"Historia\"");

        mvc.perform(post(url + "/" + formatId).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", version).param("name", "Pauta de la comuna")
                        .param("sections[0].label", "Historia").param("sections[0].position", "2").param("sections[0].required", "true")
                        .param("sections[1].label", "Intervenciones").param("sections[1].remove", "true")
                        .param("sections[2].label", "¿Qué pedimos?").param("sections[2].position", "3")
                        .param("sections[3].label", "Red de apoyo").param("sections[3].position", "1")
                        .param("questionIndex", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/choose").with(fixtures.as(w.coFacilitator())).with(csrf()).param("formatId", formatId.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "La Mesa presentará sus próximos casos con «Pauta de la comuna». Los análisis anteriores conservan su formato."));

        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String form = body(mvc.perform(get("/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews")
                .with(fixtures.as(w.coFacilitator()))).andExpect(status().isOk()));
        assertThat(form).contains("Formato de presentación: Pauta de la comuna");
        assertThat(form.indexOf("Red de apoyo")).isLessThan(form.indexOf("Historia")).isPositive();
        assertThat(form.indexOf("Historia")).isLessThan(form.indexOf("¿Qué pedimos?"));
        assertThat(form).doesNotContain(">Intervenciones<");
        mvc.perform(post(url + "/local").with(fixtures.as(w.member())).with(csrf()).param("name", "Mía"))
                .andExpect(status().isForbidden());
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

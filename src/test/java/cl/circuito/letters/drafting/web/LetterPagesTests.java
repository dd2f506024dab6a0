package cl.circuito.letters.drafting.web;

import cl.circuito.letters.drafting.LetterScenario;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class LetterPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired JdbcClient jdbc;

    LetterScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
    }

    /** The not-eligible draft of a child referred by the court. */
    private UUID draft(LetterScenario.Child child) {
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child),
                LocalDate.now(), "Corresponde a otro programa de la red.", null, "OPD Concepción");
        scenario.settle(scenario.program);
        return jdbc.sql("select letter_id from letter_child where entry_id = ?").param(child.entryId())
                .query(UUID.class).single();
    }

    private long version(UUID letter) {
        return jdbc.sql("select version from letter where id = ?").param(letter).query(Long.class).single();
    }

    @Test
    void theTrayListsDraftsOldestFirstWithTheChildTheAddresseeAndWhatDraftedThem() throws Exception {
        LetterScenario.Child child = scenario.refer(scenario.court, 10);
        UUID letter = draft(child);

        mvc.perform(get("/programs/{id}/letters", scenario.program).with(fixtures.as(scenario.director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oficios por enviar")))
                .andExpect(content().string(containsString("Borradores por revisar (1)")))
                .andExpect(content().string(containsString(child.name())))
                .andExpect(content().string(containsString(scenario.referrerName(scenario.court))))
                .andExpect(content().string(containsString("Decisión: no sujeto de atención")))
                .andExpect(content().string(containsString("/letters/" + letter)))
                .andExpect(content().string(containsString("Todos los oficios emitidos tienen su envío registrado.")));
    }

    @Test
    void theDirectorEditsIssuesDownloadsAndRecordsTheSending() throws Exception {
        LetterScenario.Child child = scenario.refer(scenario.court, 10);
        UUID letter = draft(child);

        mvc.perform(get("/letters/{id}", letter).with(fixtures.as(scenario.director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Borrador de oficio")))
                .andExpect(content().string(containsString("OPD Concepción")))
                .andExpect(content().string(containsString("Emitir oficio")));

        mvc.perform(post("/letters/{id}", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", String.valueOf(version(letter))).param("subject", "Informa decisión")
                        .param("body", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Escriba el texto del oficio.")))
                .andExpect(content().string(containsString("value=\"Informa decisión\"")));
        // A version that is no number leaves the input unbuilt: the page still shows the text as typed.
        mvc.perform(post("/letters/{id}", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", "siete").param("subject", "Informa decisión").param("body", "Texto escrito"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"Informa decisión\"")))
                .andExpect(content().string(containsString(">Texto escrito</textarea>")));

        mvc.perform(post("/letters/{id}", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", String.valueOf(version(letter))).param("subject", "Informa decisión")
                        .param("body", "Junto con saludar, informo que " + child.name() + " no es sujeto de atención."))
                .andExpect(redirectedUrl("/letters/" + letter))
                .andExpect(flash().attribute("success", "Borrador guardado."));

        mvc.perform(post("/letters/{id}/issue", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", String.valueOf(version(letter))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Marque la confirmación para continuar.")))
                .andExpect(content().string(containsString("id=\"confirmed-error\"")));

        int year = LocalDate.now().getYear();
        mvc.perform(post("/letters/{id}/issue", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", String.valueOf(version(letter))).param("confirmed", "true"))
                .andExpect(redirectedUrl("/letters/" + letter))
                .andExpect(flash().attribute("success", "Oficio N° 1/" + year + " emitido. Descargue el PDF y registre su envío."));

        MvcResult pdf = mvc.perform(get("/letters/{id}/pdf", letter).with(fixtures.as(scenario.director)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", containsString("oficio-1-" + year + ".pdf")))
                .andReturn();
        assertThat(LetterScenario.flat(PdfText.of(pdf.getResponse().getContentAsByteArray()).text()))
                .contains(LetterScenario.flat("informo que " + child.name() + " no es sujeto de atención."));

        mvc.perform(post("/letters/{id}/sending", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", String.valueOf(version(letter)))
                        .param("sentVia", "").param("sentOn", LocalDate.now().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Indique cómo se envió el oficio.")));
        mvc.perform(post("/letters/{id}/sending", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", String.valueOf(version(letter)))
                        .param("sentVia", "COURT_PLATFORM").param("sentOn", LocalDate.now().toString())
                        .param("sentReference", "OJV 123"))
                .andExpect(redirectedUrl("/letters/" + letter));

        mvc.perform(get("/letters/{id}", letter).with(fixtures.as(scenario.director)))
                .andExpect(content().string(containsString("Oficio N° 1/" + year)))
                .andExpect(content().string(containsString("Oficina Judicial Virtual")))
                .andExpect(content().string(containsString("Redactar corrección")))
                .andExpect(content().string(not(containsString("Emitir oficio"))));

        mvc.perform(post("/letters/{id}/corrections", letter).with(fixtures.as(scenario.director)).with(csrf()))
                .andExpect(redirectedUrlPattern("/letters/*"));
    }

    @Test
    void issuingATextWithAnUnfilledFieldShowsTheErrorAtTheText() throws Exception {
        UUID letter = draft(scenario.referWithoutRut(scenario.court, 10));

        mvc.perform(post("/letters/{id}/issue", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", String.valueOf(version(letter))).param("confirmed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El texto aún tiene campos sin completar: {{nna_rut}}")))
                .andExpect(content().string(containsString("id=\"body-error\"")));
        assertThat(jdbc.sql("select status from letter where id = ?").param(letter).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void theEntryPageLoadsItsLettersWithHtmxAndTheDirectorDraftsOneByHand() throws Exception {
        LetterScenario.Child child = scenario.waiting(scenario.court, 20);
        scenario.settle(scenario.program);

        mvc.perform(get("/entries/{id}", child.entryId()).with(fixtures.as(scenario.director)))
                .andExpect(content().string(containsString("hx-get=\"/entries/" + child.entryId() + "/letters\"")));
        mvc.perform(get("/entries/{id}/letters", child.entryId()).header("HX-Request", "true")
                        .with(fixtures.as(scenario.director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-letters\"")))
                .andExpect(content().string(containsString("Fecha estimada de ingreso")))
                .andExpect(content().string(not(containsString("<html"))));

        MvcResult drafted = mvc.perform(post("/entries/{id}/letters", child.entryId()).param("kind", "PROTECTION_CHANGE")
                        .with(fixtures.as(scenario.director)).with(csrf()))
                .andExpect(redirectedUrlPattern("/letters/*"))
                .andReturn();
        mvc.perform(get(drafted.getResponse().getRedirectedUrl()).with(fixtures.as(scenario.director)))
                .andExpect(content().string(containsString("Cambio en la situación proteccional")))
                .andExpect(content().string(containsString(child.name())));
    }

    @Test
    void anotherProgramsLetterIsNotFoundAndAReaderCannotIssue() throws Exception {
        UUID letter = draft(scenario.refer(scenario.court, 10));
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PPF", "08101")));
        Actor reader = fixtures.user(Role.READ_ONLY, Set.of(scenario.program));

        mvc.perform(get("/letters/{id}", letter).with(fixtures.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/letters/{id}/issue", letter).with(fixtures.as(stranger)).with(csrf())
                .param("confirmed", "true")).andExpect(status().isNotFound());
        mvc.perform(get("/letters/{id}", letter).with(fixtures.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Emitir oficio"))));
        mvc.perform(post("/letters/{id}/issue", letter).with(fixtures.as(reader)).with(csrf())
                .param("confirmed", "true")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from letter where id = ?").param(letter).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void theBatchPageIssuesTheMonthsEstimatesAndLinksEveryPdf() throws Exception {
        LetterScenario.Child first = scenario.waiting(scenario.court, 30);
        LetterScenario.Child second = scenario.waiting(scenario.court, 25);
        scenario.settle(scenario.program);
        UUID[] drafts = jdbc.sql("""
                        select l.id from letter l where l.program_id = ? and l.status = 'DRAFT'
                           and l.kind = 'ESTIMATED_DATE'""").param(scenario.program).query(UUID.class).list()
                .toArray(UUID[]::new);

        mvc.perform(get("/programs/{id}/letters/batch", scenario.program).with(fixtures.as(scenario.director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 borradores para 1 destinatario")))
                .andExpect(content().string(containsString(first.name())))
                .andExpect(content().string(containsString(second.name())));

        String[] ids = java.util.Arrays.stream(drafts).map(UUID::toString).toArray(String[]::new);
        MvcResult done = mvc.perform(post("/programs/{id}/letters/batch", scenario.program)
                        .with(fixtures.as(scenario.director)).with(csrf())
                        .param("mode", "PER_CHILD").param("confirmed", "true").param("letterIds", ids))
                .andExpect(redirectedUrlPattern("/programs/*/letters/batch/done?year=*&from=1&to=2"))
                .andReturn();
        mvc.perform(get(done.getResponse().getRedirectedUrl()).with(fixtures.as(scenario.director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se emitieron 2 oficios")))
                .andExpect(content().string(containsString("/letters/" + drafts[0] + "/pdf")))
                .andExpect(content().string(containsString("/letters/" + drafts[1] + "/pdf")));
    }
}

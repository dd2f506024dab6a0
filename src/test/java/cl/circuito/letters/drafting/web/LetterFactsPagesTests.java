package cl.circuito.letters.drafting.web;

import cl.circuito.letters.drafting.LetterScenario;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.ProgramContact;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The letter pages: a draft whose facts changed, the addressee to choose or correct, the tray's marks. */
@CircuitoTest
class LetterFactsPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired MonitoringLog monitoring;
    @Autowired NetworkAdministration network;
    @Autowired JdbcClient jdbc;

    LetterScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
    }

    @Test
    void aRequestWithoutCourtIsMarkedInTheTrayAndItsCourtIsChosenOnItsPage() throws Exception {
        LetterScenario.Child child = scenario.waiting(scenario.opd, 30);
        monitoring.record(scenario.director, child.entryId(), MonitoringActionKind.IN_PERSON_INTERVIEW,
                LocalDate.now().minusDays(1), null, MonitoringOutcome.NOT_PROTECTED, "El padre volvió.");
        UUID request = draft(child, "JUDICIAL_REQUEST");
        String court = scenario.referrerName(scenario.court);

        mvc.perform(get("/programs/{id}/letters", scenario.program).with(fixtures.as(scenario.director)))
                .andExpect(content().string(containsString("Sin destinatario")));
        mvc.perform(get("/letters/{id}", request).with(fixtures.as(scenario.director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Elija el tribunal de familia al que se dirige la solicitud"),
                        containsString("Tribunal de familia"), containsString(HtmlUtils.htmlEscape(court)),
                        not(containsString(">" + HtmlUtils.htmlEscape(scenario.referrerName(scenario.opd)) + "<")))));

        mvc.perform(post("/letters/{id}/issue", request).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", version(request)).param("confirmed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("referrerId-error"),
                        containsString("el NNA no fue derivado por un tribunal"))));
        mvc.perform(post("/letters/{id}/addressee", request).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", version(request)).param("referrerId", scenario.opd.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("referrerId-error"),
                        containsString("se dirige a un tribunal de familia"))));

        mvc.perform(post("/letters/{id}/addressee", request).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", version(request)).param("referrerId", scenario.court.toString()))
                .andExpect(redirectedUrl("/letters/" + request))
                .andExpect(flash().attribute("success", "El oficio se dirigirá a " + court + "."));
        mvc.perform(get("/letters/{id}", request).with(fixtures.as(scenario.director)))
                .andExpect(content().string(allOf(containsString("Elegido por el director(a)"),
                        containsString("Destinatario corregido"))));
        mvc.perform(post("/letters/{id}/issue", request).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", version(request)).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aDraftWhoseFactsChangedUnderTheDirectorsTextAsksForReviewAndIsConfirmedOnItsPage() throws Exception {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        UUID pdc = fixtures.program("PDC", "08101");
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), LocalDate.now(),
                "Consumo.", pdc, null);
        scenario.settle(scenario.program);
        UUID letter = draft(child, "NOT_ELIGIBLE");
        mvc.perform(get("/letters/{id}", letter).with(fixtures.as(scenario.director)))
                .andExpect(content().string(allOf(containsString("De mi consideración:"),
                        containsString("Sin otro particular, saluda atentamente a usted,"),
                        containsString("no tiene datos de contacto registrados"))));
        mvc.perform(post("/letters/{id}", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", version(letter)).param("subject", "Informa que NNA no es sujeto de atención")
                        .param("body", "Texto propio de la directora."))
                .andExpect(status().is3xxRedirection());

        network.changeProgramContact(Fixtures.ROOT, pdc, network.programContact(Fixtures.ROOT, pdc).version(),
                new ProgramContact(null, "+56 41 221 0000", null));
        scenario.settle(pdc);

        mvc.perform(get("/programs/{id}/letters", scenario.program).with(fixtures.as(scenario.director)))
                .andExpect(content().string(containsString("Los hechos cambiaron")));
        mvc.perform(get("/letters/{id}", letter).with(fixtures.as(scenario.director)))
                .andExpect(content().string(allOf(containsString("Los hechos cambiaron"),
                        containsString("usted editó el texto"), containsString("+56 41 221 0000"),
                        containsString("Actualizar con los hechos actuales"),
                        containsString("Mi texto ya declara los hechos actuales"))));
        mvc.perform(post("/letters/{id}/issue", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", version(letter)).param("confirmed", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Los hechos que este oficio declara cambiaron")));

        mvc.perform(post("/letters/{id}/confirm-facts", letter).with(fixtures.as(scenario.director)).with(csrf())
                        .param("version", version(letter)))
                .andExpect(redirectedUrl("/letters/" + letter))
                .andExpect(flash().attribute("success", "Se confirmó que el texto declara los hechos actuales."));
        mvc.perform(get("/letters/{id}", letter).with(fixtures.as(scenario.director)))
                .andExpect(content().string(allOf(not(containsString("Mi texto ya declara los hechos actuales")),
                        containsString("Texto confirmado frente a los hechos actuales"))));
    }

    @Test
    void aSupersededDraftIsListedInTheTrayWithItsReason() throws Exception {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), LocalDate.now(),
                "Motivo.", null, "PPF Ñuble");
        scenario.settle(scenario.program);
        decisions.reopenDecision(scenario.director, child.entryId(), scenario.version(child),
                "Nuevos antecedentes.");
        scenario.settle(scenario.program);

        mvc.perform(get("/programs/{id}/letters", scenario.program).with(fixtures.as(scenario.director)))
                .andExpect(content().string(allOf(containsString("Borradores que ya no corresponden (1)"),
                        containsString("Se reabrió la decisión de admisibilidad"), containsString(child.name()))));
    }

    private UUID draft(LetterScenario.Child child, String kind) {
        scenario.settle(scenario.program);
        return jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.kind = ? and l.status = 'DRAFT'""")
                .params(child.entryId(), kind).query(UUID.class).single();
    }

    private String version(UUID letter) {
        return String.valueOf(jdbc.sql("select version from letter where id = ?").param(letter).query(Long.class).single());
    }
}

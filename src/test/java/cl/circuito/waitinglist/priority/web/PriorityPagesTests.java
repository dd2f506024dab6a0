package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.priority.AssessmentView;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@CircuitoTest
class PriorityPagesTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);
    private static final String ITEM_1 = "1. Abuso Sexual Intrafamiliar (ej: Agresor viviendo con la víctima o en "
            + "contacto permanente con ésta, con vínculo de parentesco cercano)";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PriorityAssessments assessments;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private ReferralBuilder referral() {
        return fixtures.referral(director, program, court).child("Florencia", "Pauta" + Fixtures.next())
                .bornOn(LocalDate.of(2014, 2, 2)).court("P-77-2026", null).receivedOn(RECEIVED);
    }

    private WaitingListEntry eligible() {
        return referral().eligibleOn(RECEIVED.plusDays(3)).register();
    }

    private static Map<Integer, PriorityAnswer> answers(int present, int noData) {
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int n = 1; n <= 20; n++) {
            answers.put(n, n <= present ? PriorityAnswer.PRESENT
                    : n <= present + noData ? PriorityAnswer.NO_DATA : PriorityAnswer.ABSENT);
        }
        return answers;
    }

    private MockHttpServletRequestBuilder assessForm(UUID entryId, int answered) {
        return assessForm(entryId, answered, "2026-09-20");
    }

    private MockHttpServletRequestBuilder assessForm(UUID entryId, int answered, String assessedOn) {
        MockHttpServletRequestBuilder request = post("/entries/{id}/priority", entryId).with(csrf())
                .with(fixtures.as(director)).param("version", shown(entryId)).param("assessedOn", assessedOn)
                .param("notes", "Según informe");
        for (int n = 1; n <= answered; n++) {
            request.param("answers[" + n + "]", n <= 6 ? "PRESENT" : n == 13 ? "NO_DATA" : "ABSENT");
        }
        return request;
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theFormShowsTheTwentyItemsInFourGroupsWithTheExactSpanishOfItemOne() throws Exception {
        WaitingListEntry entry = eligible();

        String html = mvc.perform(get("/entries/{id}/priority/new", entry.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(view().name("waitinglist/priority/priority-form"))
                .andExpect(content().string(allOf(containsString(ITEM_1),
                        containsString("I. En relación al tipo de delito"),
                        containsString("II. En relación al niño (a) y adolescente"),
                        containsString("III. En relación a las características del adulto (a) a cargo"),
                        containsString("Iv. En relación a características contextuales."),
                        containsString("Presenta (1)"), containsString("No presenta (0)"), containsString("Sin dato (X)"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(html, "<legend class=\"fs-6 mb-1\">")).isEqualTo(20);
        assertThat(count(html, "<h2 class=\"h5 border-bottom pb-1\"")).isEqualTo(4);
        assertThat(count(html, "type=\"radio\"")).isEqualTo(60);
    }

    @Test
    void aReassessmentStartsFromTheCurrentMarks() throws Exception {
        WaitingListEntry entry = eligible();
        mvc.perform(assessForm(entry.id(), 20)).andExpect(status().is3xxRedirection());

        String html = mvc.perform(get("/entries/{id}/priority/new", entry.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vienen ya marcadas")))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(html, "checked=\"checked\"")).isEqualTo(20);
        assertThat(html).containsPattern("id=\"answer-1-PRESENT\"[^>]*checked")
                .containsPattern("id=\"answer-13-NO_DATA\"[^>]*checked");
    }

    @Test
    void aFormWithUnmarkedItemsComesBackWithTheErrorNextToEachItemAndWhatWasTyped() throws Exception {
        WaitingListEntry entry = eligible();

        String html = mvc.perform(assessForm(entry.id(), 18))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Faltan descriptores por marcar: 19, 20"),
                        containsString("id=\"answer-19-error\""), containsString("id=\"answer-20-error\""),
                        containsString("Marque Presenta, No presenta o Sin dato."), containsString("Según informe"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"answer-1-PRESENT\"").doesNotContain("id=\"answer-1-error\"");
        assertThat(html).containsPattern("id=\"answer-1-PRESENT\"[^>]*checked");
        assertThat(jdbc.sql("select count(*) from priority_assessment where entry_id = ?").param(entry.id())
                .query(Long.class).single()).isZero();
    }

    /**
     * The form binds the API's record, whose answers are required: none marked is said at the top and at every item;
     * a date that is no date comes back next to the date, with the marks as they were sent.
     */
    @Test
    void aFormWithNothingMarkedOrADateThatIsNoDateComesBackWithEveryItemAsSent() throws Exception {
        WaitingListEntry entry = eligible();

        String none = mvc.perform(assessForm(entry.id(), 0))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("No marcó ningún descriptor.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(none, "Marque Presenta, No presenta o Sin dato.")).isEqualTo(20);

        String typed = mvc.perform(assessForm(entry.id(), 20, "ayer"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("value=\"ayer\""), containsString("Según informe"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(typed, "checked=\"checked\"")).isEqualTo(20);
        assertThat(typed).containsPattern("id=\"answer-13-NO_DATA\"[^>]*checked").doesNotContain("id=\"answer-1-error\"");
        assertThat(jdbc.sql("select count(*) from priority_assessment where entry_id = ?").param(entry.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCompleteFormSavesAndTheEntryPageShowsPriorityScoreAndBackgroundToGather() throws Exception {
        WaitingListEntry entry = eligible();

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Aplicar pauta de priorización"),
                        containsString("aún no tiene prioridad"))));
        mvc.perform(assessForm(entry.id(), 20))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/entries/" + entry.id()))
                .andExpect(flash().attribute("success", containsString("Prioridad 1, 6 de 20")));
        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Prioridad 1"),
                        containsString("6 de 20 descriptores presentes (corte: 5)"),
                        containsString("Antecedentes por recabar (1)"),
                        containsString("13. Adulto(a) a cargo presenta enfermedades físicas"),
                        containsString("Reevaluar"), containsString("SENAME-2011 v1"),
                        containsString("Pauta de priorización aplicada"))));
    }

    @Test
    void anOverrideShowsAsModifiedWithItsReasonInTextAndTitle() throws Exception {
        WaitingListEntry entry = eligible();
        assessments.assess(director, entry.id(), version(entry.id()), RECEIVED.plusDays(5), answers(2, 0), null, false);

        mvc.perform(post("/entries/{id}/priority/override", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(entry.id())).param("choice", "1").param("reason", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El campo «Motivo» es obligatorio."),
                        containsString("is-invalid"))));
        mvc.perform(post("/entries/{id}/priority/override", entry.id()).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(entry.id())).param("choice", "1")
                        .param("reason", "Agresor vive en el mismo domicilio"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("Prioridad 1")));
        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Prioridad 1 (modificada)"),
                        containsString("title=\"Modificada por la dirección: Agresor vive en el mismo domicilio\""),
                        containsString("La pauta dio Prioridad 2; la dirección la modificó a Prioridad 1"))));
    }

    @Test
    void anEntryUnderReviewGetsAClearConflictAndAnotherProgramsEntryIsNotFound() throws Exception {
        WaitingListEntry underReview = referral().register();
        mvc.perform(get("/entries/{id}/priority/new", underReview.id()).with(fixtures.as(director)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("primero decida la admisibilidad")));
        mvc.perform(assessForm(underReview.id(), 20)).andExpect(status().isConflict());

        Actor other = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        mvc.perform(get("/entries/{id}/priority/new", eligible().id()).with(fixtures.as(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePrintViewIsLaidOutLikeTheAnnexAndAudited() throws Exception {
        WaitingListEntry entry = eligible();
        AssessmentView p2 = assessments.assess(director, entry.id(), version(entry.id()), RECEIVED.plusDays(5),
                answers(1, 3), null, false);

        mvc.perform(get("/entries/{id}/priority/{a}/print", entry.id(), p2.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nombre NNA:"), containsString("Florencia"),
                        containsString("Tribunal de Familia"), containsString("RIT P-77-2026"),
                        containsString("Presenta"), containsString("No Presenta"), containsString("Sin dato"),
                        containsString("Suma"), containsString("Aplíquese Normativa"),
                        containsString("Permanece en espera"), containsString("/css/priority-print.css"),
                        not(containsString("style=")))));
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'priority.audit.printViewed'")
                .param(entry.id()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/entries/{id}/priority/{a}/print", entry.id(), UUID.randomUUID()).with(fixtures.as(director)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHistoryListsEveryAssessmentAndTheSettingPageValidatesTheCut() throws Exception {
        WaitingListEntry entry = eligible();
        assessments.assess(director, entry.id(), version(entry.id()), RECEIVED.plusDays(5), answers(1, 0), null, false);
        assessments.assess(director, entry.id(), version(entry.id()), RECEIVED.plusDays(6), answers(9, 0), null, false);

        mvc.perform(get("/entries/{id}/priority/history", entry.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("15-09-2026"), containsString("16-09-2026"),
                        containsString("Vigente"), containsString("9 / 20"), containsString("1 / 20"))));

        mvc.perform(get("/programs/{id}/priority-settings", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pauta de priorización"),
                        containsString("aún no elige"), containsString("nav-link active"))));
        mvc.perform(post("/programs/{id}/priority-settings", program).with(csrf()).with(fixtures.as(director))
                        .param("instrumentId", "5e4a3e00-2011-4000-8000-000000000001").param("cut", "25"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("entre 1 y 20"), containsString("value=\"25\""))));
        mvc.perform(post("/programs/{id}/priority-settings", program).with(csrf()).with(fixtures.as(director))
                        .param("instrumentId", "5e4a3e00-2011-4000-8000-000000000001").param("cut", "6"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("corte 6")));
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    /** The version the entry's forms carry in their hidden field, read as the page would read it. */
    private String shown(UUID entryId) {
        return String.valueOf(version(entryId));
    }
}

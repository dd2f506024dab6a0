package cl.circuito.mesas.cases;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.DomainException;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case picked from the presenting program's list knows its child: the child's registered names stay out of the
 * case's texts — the presentation, the discussion, the strategies and the agreements they became, the closing note —
 * whoever writes them, accents and case ignored. A case typed by initials has no names to compare.
 */
@CircuitoTest
class CaseChildNameTests {

    private static final String WHY = "Este texto nombra al niño, niña o adolescente con su nombre registrado: en la Mesa identifíquelo solo por sus iniciales y edad.";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired CaseReviewing reviewing;
    @Autowired MesaAgreements agreements;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void theChildsRegisteredNamesAreRefusedInEveryTextOfItsCase() {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession may = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        String surname = "Quilodrán" + letters(Fixtures.next());
        UUID child = child(w, "Amanda Belén", surname, "Mesa");

        refused(() -> present(w, april, child, answers("Vive con AMANDA y su abuela."), "Plan común", "Visitas"),
                "answers[" + CaseTestData.BACKGROUND + "]");
        refused(() -> present(w, april, child, answers("Vive con su abuela."), "La familia " + unaccented(surname) + " colabora.",
                "Visitas"), "discussion");
        refused(() -> present(w, april, child, answers("Vive con su abuela."), "Plan común", "Visita a Belen"),
                "strategies[0].text");
        assertThat(jdbc.sql("select count(*) from mesa_case where mesa_id = ?").param(w.mesaId()).query(Long.class).single())
                .as("a refused presentation saves nothing").isZero();

        // "Mesa", a surname too, is a word every Mesa text uses; a name inside a longer word is not the name.
        CaseReview first = present(w, april, child, answers("La Mesa conoce el caso; amandas y belenes del barrio."),
                "La Mesa acuerda un plan común.", "Visitas coordinadas");
        UUID caseId = first.caseId();
        UUID strategy = jdbc.sql("select id from mesa_agreement where case_review_id = ?").param(first.id())
                .query(UUID.class).single();

        // Whoever writes: a co-facilitator of another program following the case up, amending or updating its strategy.
        refused(() -> reviewing.present(w.coFacilitator(), w.mesaId(), may.id(), new CaseReviewing.ReviewDraft(caseId,
                null, CaseCriterion.NO_PROGRESS, answers("Sigue igual."), "Amanda no asistió.", List.of())), "discussion");
        refused(() -> agreements.amend(w.coFacilitator(), w.mesaId(), strategy, version(strategy),
                new Agreement.Terms("Visitas a la familia " + surname, w.pieMember(), null, LocalDate.of(2025, 6, 1))), "text");
        refused(() -> agreements.update(w.member(), w.mesaId(), strategy, version(strategy), AgreementStatus.IN_PROGRESS,
                "Se visitó a Amanda.", null, null), "note");
        refused(() -> reviewing.close(w.member(), w.mesaId(), caseId, caseVersion(caseId), "Amanda egresa del programa."),
                "note");

        agreements.update(w.member(), w.mesaId(), strategy, version(strategy), AgreementStatus.IN_PROGRESS,
                "Se visitó a la familia de A. Q. M.", null, null);
        reviewing.close(w.member(), w.mesaId(), caseId, caseVersion(caseId), "Egresa del programa con objetivos logrados.");
    }

    @Test
    void aCaseTypedByInitialsHasNoNamesToCompare() {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        child(w, "Amanda Belén", "Quilodrán" + letters(Fixtures.next()), "Carrasco");
        CaseReview review = reviewing.present(w.member(), w.mesaId(), april.id(), CaseTestData.newCase(w.pieMember(),
                "A.Q.C.", 12, CaseCriterion.NO_PROGRESS, answers("Amanda vive con su abuela."), List.of()));
        assertThat(review.id()).isNotNull();
    }

    @Test
    void thePageKeepsWhatWasTypedAndTheApiNamesTheField() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String surname = "Quilodrán" + letters(Fixtures.next());
        UUID child = child(w, "Amanda Belén", surname, "Carrasco");
        String url = "/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews";

        String page = mvc.perform(post(url).with(fixtures.as(w.member())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("childId", child.toString())
                        .param("criterion", "SEVERAL_PROGRAMS")
                        .param("answers[" + CaseTestData.BACKGROUND + "]", "Vive con su abuela.")
                        .param("answers[" + CaseTestData.INTERVENTIONS + "]", "Visitas semanales.")
                        .param("answers[" + CaseTestData.KNOTS + "]", "Tres programas la visitan.")
                        .param("answers[" + CaseTestData.QUESTION + "]", "¿Quién coordina las visitas de Amanda?"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"answer-" + CaseTestData.QUESTION + "-error\"", WHY,
                "¿Quién coordina las visitas de Amanda?", "Tres programas la visitan.");

        mvc.perform(post("/api/v1/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews")
                        .header("Authorization", "Bearer " + tokens.create(w.member(), "integración").secret())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newCase": {"presentingMemberId": "%s", "childId": "%s"}, "criterion": "SEVERAL_PROGRAMS",
                                 "answers": {"%s": "Vive con su abuela.", "%s": "Visitas.", "%s": "Nudos.", "%s": "¿Quién?"},
                                 "discussion": "La familia %s pide apoyo."}"""
                                .formatted(w.pieMember(), child, CaseTestData.BACKGROUND, CaseTestData.INTERVENTIONS,
                                        CaseTestData.KNOTS, CaseTestData.QUESTION, surname.toUpperCase())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("discussion"))
                .andExpect(jsonPath("$.errors[0].message").value(WHY));
        assertThat(jdbc.sql("select count(*) from mesa_case where mesa_id = ?").param(w.mesaId()).query(Long.class).single())
                .isZero();
    }

    private UUID child(MesaWorld w, String given, String paternal, String maternal) {
        WaitingListEntry entry = fixtures.referral(w.member(), w.pie(), fixtures.referrer("FAMILY_COURT"))
                .rut(Fixtures.rut()).child(given, paternal, maternal).bornOn(LocalDate.of(2013, 5, 2))
                .receivedOn(LocalDate.of(2026, 9, 10)).register();
        return entry.childId();
    }

    private CaseReview present(MesaWorld w, MesaSession session, UUID child, Map<UUID, String> answers,
                               String discussion, String strategy) {
        return reviewing.present(w.member(), w.mesaId(), session.id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(w.pieMember(), child, null, null, null), CaseCriterion.SEVERAL_PROGRAMS,
                answers, discussion, List.of(new CaseReviewing.Strategy(strategy, w.pieMember(), "Pía Paredes",
                        LocalDate.of(2025, 5, 13)))));
    }

    private static Map<UUID, String> answers(String background) {
        Map<UUID, String> answers = new HashMap<>(CaseTestData.nationalAnswers("¿Quién coordina?"));
        answers.put(CaseTestData.BACKGROUND, background);
        return answers;
    }

    private static void refused(ThrowingCallable change, String field) {
        assertThatThrownBy(change).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("mesacases.error.childName");
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private long version(UUID agreement) {
        return jdbc.sql("select version from mesa_agreement where id = ?").param(agreement).query(Long.class).single();
    }

    private long caseVersion(UUID caseId) {
        return jdbc.sql("select version from mesa_case where id = ?").param(caseId).query(Long.class).single();
    }

    /** A surname unique to the test, in letters (a name word is letters only). */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append((char) ('a' + (c - '0')));
        }
        return s.toString();
    }

    private static String unaccented(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}

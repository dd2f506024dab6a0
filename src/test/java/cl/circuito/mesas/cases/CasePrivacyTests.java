package cl.circuito.mesas.cases;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.sessions.CaseReviewDigest;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No page, API answer or minutes digest of a Mesa shows a child's RUT, name or family contact (address, adult,
 * phones, e-mail, safety notes): a child with all of them, waiting in the presenting program's list, is presented by
 * picking it, and every rendering is scanned.
 */
@CircuitoTest
class CasePrivacyTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired CaseReviewDigest digest;
    @Autowired JdbcClient jdbc;

    @Test
    void aPickedChildIsShownByInitialsAndAgeOnlyEverywhere() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String rut = Fixtures.rut();
        LocalDate birth = LocalDate.of(2013, 5, 2);
        String surname = "Pizarro" + Fixtures.next();
        WaitingListEntry entry = fixtures.referral(w.member(), w.pie(), fixtures.referrer("FAMILY_COURT")).rut(rut)
                .child("Rocío Antonia", surname, "Sepúlveda").bornOn(birth).receivedOn(LocalDate.of(2026, 9, 10))
                .contact(new FamilyContact("Pasaje Quillota", "4521", "13101", "Gloria Rivas", "Abuela",
                        "+56 9 8765 4321", null, "gloria@ejemplo.cl", "No llamar al padre"))
                .register();
        int age = Period.between(birth, LocalDate.now()).getYears();
        String reviews = "/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews";

        // The presenting program picks its own child; the picker itself names it by initials and age.
        String form = page(w.member(), reviews);
        assertThat(form).contains("R. P. S., " + age + " años, en lista de espera desde 10-09-2026");
        // Another program's co-facilitator cannot pick the PIE's children.
        assertThat(page(w.coFacilitator(), reviews)).doesNotContain("en lista de espera desde");

        mvc.perform(post(reviews).with(fixtures.as(w.member())).with(csrf())
                        .param("caseId", "")
                        .param("presentingMemberId", w.pieMember().toString())
                        .param("childId", entry.childId().toString())
                        .param("criterion", "SEVERAL_PROGRAMS")
                        .param("answers[" + CaseTestData.BACKGROUND + "]", "Vive con su abuela.")
                        .param("answers[" + CaseTestData.INTERVENTIONS + "]", "Intervención familiar semanal.")
                        .param("answers[" + CaseTestData.KNOTS + "]", "Tres programas la visitan la misma semana.")
                        .param("answers[" + CaseTestData.QUESTION + "]", "¿Quién coordina las visitas?")
                        .param("discussion", "Se propone un plan común.")
                        .param("strategies[0].text", "Plan de intervención común")
                        .param("strategies[0].responsibleMemberId", w.pieMember().toString())
                        .param("strategies[0].dueOn", "2025-05-13"))
                .andExpect(status().is3xxRedirection());
        UUID caseId = jdbc.sql("select id from mesa_case where mesa_id = ?").param(w.mesaId()).query(UUID.class).single();
        assertThat(jdbc.sql("select child_id from mesa_case where id = ?").param(caseId).query(UUID.class).single())
                .isEqualTo(entry.childId());

        List<String> rendered = new ArrayList<>();
        for (Actor reader : List.of(w.member(), w.coFacilitator(), w.memberReadOnly())) {
            rendered.add(page(reader, reviews));
            rendered.add(page(reader, "/mesas/" + w.mesaId() + "/cases"));
            rendered.add(page(reader, "/mesas/" + w.mesaId() + "/cases?criterion=SEVERAL_PROGRAMS"));
            rendered.add(page(reader, "/mesas/" + w.mesaId() + "/cases/" + caseId));
        }
        String token = "Bearer " + tokens.create(w.member(), "privacidad").secret();
        rendered.add(api(token, "/api/v1/mesas/" + w.mesaId() + "/cases"));
        rendered.add(api(token, "/api/v1/mesas/" + w.mesaId() + "/cases/" + caseId));
        rendered.add(api(token, "/api/v1/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews"));
        rendered.add(digest.forSession(april.id()).toString());

        String digits = rut.replace("-", "");
        String dotted = String.format("%,d", Integer.parseInt(rut.substring(0, rut.indexOf('-')))).replace(',', '.')
                + rut.substring(rut.indexOf('-'));
        for (String output : rendered) {
            assertThat(output).contains("R. P. S.").contains(String.valueOf(age))
                    .doesNotContain(rut, rut.toLowerCase(), dotted, digits, rut.substring(0, rut.indexOf('-')))
                    .doesNotContain("Rocío", "Antonia", surname, "Sepúlveda")
                    // How the program reaches the family is its own: never on a Mesa's pages, answers or minutes.
                    .doesNotContain("Quillota", "4521", "Gloria", "8765", "gloria@ejemplo.cl", "No llamar al padre");
        }
        assertThat(rendered.get(0)).contains("Plan de intervención común", "¿Quién coordina las visitas?");
    }

    @Test
    void overseersSeeCountsAndCriteriaOnlyAndOutsidersNothing() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        CaseReview review = new CaseTestDataPresenter(w).present(april);
        String cases = "/mesas/" + w.mesaId() + "/cases";
        String reviews = "/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews";

        for (Actor overseer : List.of(w.manager(), w.national())) {
            String list = page(overseer, cases);
            assertThat(list).contains("Caso exitoso o buena práctica", "solo para los integrantes de la Mesa")
                    .doesNotContain("T. Q.", "¿Cómo sostener");
            assertThat(page(overseer, reviews)).contains("Caso exitoso o buena práctica").doesNotContain("T. Q.", "¿Cómo sostener");
            mvc.perform(get(cases + "/" + review.caseId()).with(fixtures.as(overseer))).andExpect(status().isForbidden());
            String token = "Bearer " + tokens.create(overseer, "supervisión").secret();
            mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/cases").header("Authorization", token))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/cases/" + review.caseId()).header("Authorization", token))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews").header("Authorization", token))
                    .andExpect(status().isForbidden());
            String counts = api(token, "/api/v1/mesas/" + w.mesaId() + "/cases/counts");
            assertThat(counts).contains("\"openCases\":1").doesNotContain("T. Q.");
        }
        for (Actor outsider : List.of(w.outsider(), w.otherManager())) {
            mvc.perform(get(cases).with(fixtures.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(cases + "/" + review.caseId()).with(fixtures.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(reviews).with(fixtures.as(outsider))).andExpect(status().isNotFound());
            String token = "Bearer " + tokens.create(outsider, "fuera").secret();
            mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/cases/" + review.caseId()).header("Authorization", token))
                    .andExpect(status().isNotFound());
        }
    }

    /** A good practice presented by the PIE, for the access tests. */
    private class CaseTestDataPresenter {
        private final MesaWorld w;

        CaseTestDataPresenter(MesaWorld w) {
            this.w = w;
        }

        CaseReview present(MesaSession session) {
            return reviewing.present(w.member(), w.mesaId(), session.id(), CaseTestData.newCase(w.pieMember(), "T.Q.", 10,
                    CaseCriterion.GOOD_PRACTICE, CaseTestData.nationalAnswers("¿Cómo sostener los logros?"), List.of()));
        }
    }

    @Autowired CaseReviewing reviewing;

    private String page(Actor actor, String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(actor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String api(String token, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

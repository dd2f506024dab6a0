package cl.circuito.documents.access;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseReview;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseTestData;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.entry.ChildCorrections;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.IncomingFile;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * The access document of a child (Ley 21.719): every kind of record Circuito holds about the child, within the
 * asker's scope, and nothing of another child with a similar name in the same program; another program's entry is
 * counted, not shown; producing it is audited.
 */
@CircuitoTest
class ChildAccessDocumentTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired PriorityAssessments assessments;
    @Autowired MonitoringLog monitoring;
    @Autowired ChildCorrections corrections;
    @Autowired CaseReviewing reviewing;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void theDocumentHoldsEveryKindOfRecordOfTheChildAndNothingOfAnother() throws Exception {
        MesaWorld w = mesaFixtures.world();
        Actor director = w.member();
        UUID court = fixtures.referrer("FAMILY_COURT");
        String surname = "Quiroga" + letters(Fixtures.next());
        String rut = Fixtures.rut();
        LocalDate today = LocalDate.now();
        WaitingListEntry entry = fixtures.referral(director, w.pie(), court).rut(rut)
                .child("Amanda Belén", surname, "Carrasco").bornOn(LocalDate.of(2013, 5, 2))
                .reason("Motivo-PIE-propio").court("P-771-2026", null).receivedDaysAgo(10)
                .contact(new FamilyContact("Los Aromos", "55", w.comunaCode(), "Rosa Carrasco", "Abuela",
                        "+56 9 1234 5678", null, null, "Llamar-solo-a-la-abuela"))
                .attachments(new IncomingFile("resolucion-tribunal.pdf", "application/pdf", "%PDF-1.7 x".getBytes()))
                .waiting().register();
        UUID childId = entry.childId();
        // Another child of the same program with a similar name.
        fixtures.referral(director, w.pie(), court).rut(Fixtures.rut())
                .child("Amanda Beatriz", surname, "Carrasco").bornOn(LocalDate.of(2013, 6, 2))
                .reason("Motivo-de-otra-NNA").waiting().register();

        corrections.correct(director, entry.id(), rut, "Amanda Belén", surname, "Carrasco", LocalDate.of(2013, 5, 3),
                "Certificado-de-nacimiento");
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int n = 1; n <= 20; n++) {
            answers.put(n, n <= 3 ? PriorityAnswer.PRESENT : PriorityAnswer.ABSENT);
        }
        assessments.assess(director, entry.id(), fixtures.version("waiting_list_entry", entry.id()), today, answers,
                null, false);
        monitoring.record(director, entry.id(), MonitoringActionKind.IN_PERSON_INTERVIEW, today.minusDays(1), null,
                MonitoringOutcome.NOT_PROTECTED, "Monitoreo-visita-domicilio");
        fixtures.settle();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        CaseReview review = reviewing.present(director, w.mesaId(), april.id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(w.pieMember(), childId, null, null, null), CaseCriterion.SEVERAL_PROGRAMS,
                CaseTestData.nationalAnswers("¿Quién coordina las visitas?"), "Contenido-de-la-Mesa", List.of()));

        // The same child in another program of the comuna, whose director has nothing in the PIE.
        UUID prm = fixtures.program("PRM", w.comunaCode());
        Actor prmDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(prm));
        fixtures.referral(prmDirector, prm, court).rut(rut).child("Amanda Belén", surname, "Carrasco")
                .bornOn(LocalDate.of(2013, 5, 3)).reason("Motivo-PRM-ajeno").register();

        // Read once from the entry page, which links the document.
        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Documento de acceso a sus datos (Ley 21.719)"),
                        containsString("/children/" + childId + "/access-document"))));

        String text = pdf(director, childId);
        assertThat(text.replaceAll("\\s+", " ")).contains(
                "Amanda Belén " + surname + " Carrasco",                                       // identity
                "Certificado-de-nacimiento",                                                   // its correction
                "Motivo-PIE-propio", "P-771-2026",                                             // the entry
                "Declarado sujeto de atención",                                                // the decision
                "Presente (1)", "puntaje 3",                                                   // the assessment
                "Monitoreo-visita-domicilio", "No protegido",                                  // monitoring
                "Acciones judiciales", "Abierta",                                              // judicial action
                "Solicitud de medidas cautelares",                                             // the letter
                "Rosa Carrasco", "Llamar-solo-a-la-abuela",                                    // the contact
                "resolucion-tribunal.pdf",                                                     // attachment by name
                "Sesión N° " + april.number(),                                                 // Mesa review reference
                "Corrigió los datos del NNA", "Consultó",                                      // the audit
                "1 ficha en otro programa, fuera de su alcance");
        // The RUT and the review's id, however a narrow cell wraps them.
        assertThat(text.replaceAll("[\\s.]+", "")).contains(rut, review.id().toString());
        assertThat(text).doesNotContain("Motivo-de-otra-NNA", "Amanda Beatriz", "Motivo-PRM-ajeno",
                "Contenido-de-la-Mesa", "¿Quién coordina las visitas?");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = ?")
                .params(childId, "audit.child.accessDocument").query(Long.class).single()).isEqualTo(1);

        // The other program's director: their own entry, the PIE's only counted.
        String prmText = pdf(prmDirector, childId);
        assertThat(prmText).contains("Motivo-PRM-ajeno").doesNotContain("Motivo-PIE-propio", "Rosa Carrasco",
                "Monitoreo-visita-domicilio", "Certificado-de-nacimiento");
        assertThat(prmText.replaceAll("\\s+", " ")).contains("1 ficha en otro programa, fuera de su alcance");

        // A program with no entry of the child does not learn it exists; the national team sees both, by the API.
        Actor outsider = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PPF", w.comunaCode())));
        mvc.perform(get("/children/{id}/access-document", childId).with(fixtures.as(outsider)))
                .andExpect(status().isNotFound());
        byte[] national = mvc.perform(get("/api/v1/children/{id}/access-document", childId)
                        .header("Authorization", "Bearer " + tokens.create(w.national(), "acceso").secret()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(national).text()).contains("Motivo-PIE-propio", "Motivo-PRM-ajeno")
                .doesNotContain("Motivo-de-otra-NNA");
        mvc.perform(get("/children/access-documents").param("q", rut).with(fixtures.as(w.national())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Amanda Belén " + surname),
                        containsString("/children/" + childId + "/access-document"))));
        mvc.perform(get("/children/access-documents").param("q", rut).with(fixtures.as(director)))
                .andExpect(status().isForbidden());
    }

    private String pdf(Actor actor, UUID childId) throws Exception {
        byte[] bytes = mvc.perform(get("/children/{id}/access-document", childId).with(fixtures.as(actor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return PdfText.of(bytes).text();
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append((char) ('a' + (c - '0')));
        }
        return s.toString();
    }
}

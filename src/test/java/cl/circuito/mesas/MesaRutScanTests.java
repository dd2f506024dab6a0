package cl.circuito.mesas;

import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseTestData;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.testing.RutShapes;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invariant, across the whole Mesa: no page and no PDF of a Mesa ever shows a RUT. A child with a
 * RUT and a full name waits in a member program and is presented to the Mesa (picked from the list, so the
 * Mesa's records point at the child); then every page of the Mesa, as each kind of reader sees it, and the
 * minutes PDF are rendered and scanned for anything shaped like a RUT and for the child's names.
 */
@CircuitoTest
class MesaRutScanTests {

    /** A RUT as written, with or without dots, always with its check digit (bare digit runs would match dates and counts). */
    private static final Pattern RUT = RutShapes.PATTERN;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired CaseReviewing reviewing;
    @Autowired MesaAgreements agreements;
    @Autowired SessionAttendance attendance;

    @Test
    void noPageOrPdfOfAMesaShowsARutOrAChildsName() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession second = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        String rut = Fixtures.rut();
        String surname = "Quilodrán" + Fixtures.next();
        WaitingListEntry entry = fixtures.referral(w.member(), w.pie(), fixtures.referrer("FAMILY_COURT")).rut(rut)
                .child("Amanda Belén", surname, "Carrasco").bornOn(LocalDate.of(2012, 8, 30))
                .receivedOn(LocalDate.of(2026, 9, 10)).register();
        attendance.record(w.coFacilitator(), w.mesaId(), first.id(), fixtures.version("mesa_session", first.id()),
                List.of(), java.util.Set.of());
        reviewing.present(w.member(), w.mesaId(), first.id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(w.pieMember(), entry.childId(), null, null, null),
                CaseCriterion.SEVERAL_PROGRAMS, CaseTestData.nationalAnswers("¿Quién coordina las visitas?"),
                "Se acuerda un plan común.", List.of(new CaseReviewing.Strategy("Plan de intervención común",
                        w.pieMember(), "Pía Paredes", LocalDate.of(2025, 5, 13)))));
        agreements.agree(w.coFacilitator(), w.mesaId(), first.id(), null, new Agreement.Terms(
                "Revisar con el CESFAM la hora de salud mental", w.healthMember(), "Sergio Salas", LocalDate.of(2025, 5, 1)));

        String mesa = "/mesas/" + w.mesaId();
        List<String> pages = List.of("/mesas", "/mesas/my-agreements", mesa, mesa + "/members", mesa + "/plan",
                mesa + "/activities", mesa + "/sessions", mesa + "/sessions/attendance", mesa + "/agreements",
                mesa + "/cases", mesa + "/presentation-format",
                mesa + "/sessions/" + first.id(), mesa + "/sessions/" + first.id() + "/attendance",
                mesa + "/sessions/" + first.id() + "/minutes", mesa + "/sessions/" + first.id() + "/case-reviews",
                mesa + "/sessions/" + second.id(), mesa + "/sessions/" + second.id() + "/minutes");
        List<String> rendered = new ArrayList<>();
        for (Actor reader : List.of(w.coFacilitator(), w.member(), w.memberReadOnly(), w.manager(), w.national())) {
            for (String page : pages) {
                rendered.add(page + " as " + reader.role() + ":\n" + body(reader, page));
            }
            rendered.add("minutes PDF as " + reader.role() + ":\n" + PdfText.of(mvc.perform(
                            get(mesa + "/sessions/" + first.id() + "/minutes.pdf").with(fixtures.as(reader)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).text());
        }

        String bareRut = rut.substring(0, rut.indexOf('-'));
        for (String output : rendered) {
            assertThat(RUT.matcher(output).find()).as(output.lines().findFirst().orElse("")).isFalse();
            assertThat(output).doesNotContain(bareRut, "Amanda", "Belén", surname);
        }
        // What the Mesa does see: the child by initials and age, where case content is visible.
        assertThat(String.join("\n", rendered)).contains("A. Q. C.");
    }

    private String body(Actor actor, String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(actor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package cl.circuito.circuit.overlaps.web;

import cl.circuito.children.ChildNames;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.RutShapes;
import cl.circuito.waitinglist.admission.ExistingCase;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryDecisions;

/**
 * The Mesa's other case-review candidates, on data made through the real services: a child referred again within 12
 * months of leaving a program of the territory, and a child on two programs' lists for the same court case. Initials,
 * age and the criterion only: never a name, a RUT or the court case.
 */
@CircuitoTest
class CaseCandidatesTests {

    static final LocalDate TODAY = LocalDate.now();
    static final String RIT = "C-" + (Fixtures.next() % 1_000_000) + "-2026";
    static final DateTimeFormatter CL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesas;
    @Autowired EntryDecisions decisions;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    MesaWorld w;
    UUID referrer;
    MesaSession session;
    UUID childReturned;
    String initialsReturned;
    String initialsSameCase;
    String initialsLongAgo;

    @BeforeEach
    void candidates() {
        w = mesas.world();
        referrer = fixtures.referrer("FAMILY_COURT");
        session = mesas.session(w, TODAY.plusDays(7));
        // Left the OPD 100 days ago, referred to the PIE 30 days ago.
        String rutReturned = Fixtures.rut();
        UUID left = referral(w.coFacilitator(), w.opd(), rutReturned, "Renata", "Vuelta", "Otravez")
                .receivedOn(TODAY.minusDays(200)).register().id();
        decisions.exit(w.coFacilitator(), left, version(left), ExitReason.FAMILY_MOVED, TODAY.minusDays(100),
                "Se cambió de comuna");
        childReturned = referral(w.member(), w.pie(), rutReturned, "Renata", "Vuelta", "Otravez")
                .receivedOn(TODAY.minusDays(30)).register().childId();
        // On the OPD's and the PIE's lists for one court case.
        String rutSame = Fixtures.rut();
        referral(w.coFacilitator(), w.opd(), rutSame, "Simón", "Causa", "Comun").court(RIT, null)
                .receivedOn(TODAY.minusDays(40)).register();
        referral(w.member(), w.pie(), rutSame, "Simón", "Causa", "Comun").court(RIT, null)
                .receivedOn(TODAY.minusDays(35)).register();
        // Left more than 12 months before coming back: not a candidate.
        String rutLongAgo = Fixtures.rut();
        UUID longAgo = referral(w.coFacilitator(), w.opd(), rutLongAgo, "Xiomara", "Lejana", "Pasada")
                .receivedOn(TODAY.minusDays(500)).register().id();
        decisions.exit(w.coFacilitator(), longAgo, version(longAgo), ExitReason.WITHDRAWN, TODAY.minusDays(400),
                "Desistió");
        referral(w.member(), w.pie(), rutLongAgo, "Xiomara", "Lejana", "Pasada").receivedOn(TODAY.minusDays(10))
                .register();
        initialsReturned = ChildNames.initials("Renata", "Vuelta", "Otravez");
        initialsSameCase = ChildNames.initials("Simón", "Causa", "Comun");
        initialsLongAgo = ChildNames.initials("Xiomara", "Lejana", "Pasada");
    }

    private ReferralBuilder referral(Actor director, UUID program, String rut, String given, String paternal,
                                     String maternal) {
        return fixtures.referral(director, program, referrer).rut(rut).child(given, paternal, maternal)
                .bornOn(LocalDate.of(2013, 3, 1)).court("C-" + (Fixtures.next() % 1_000_000) + "-2025", null);
    }

    private Long version(UUID entry) {
        return fixtures.version("waiting_list_entry", entry);
    }

    private String page(String url, Actor actor) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theMesaPageListsBothNewCriteriaByInitialsAndAgeOnly() throws Exception {
        String html = page("/mesas/" + w.mesaId() + "/shared-children", w.member());
        assertThat(html).contains("Otros candidatos a análisis de caso",
                "Derivado de nuevo dentro de 12 meses desde su egreso", initialsReturned,
                "dejó el programa el " + CL.format(TODAY.minusDays(100)),
                "En dos listas de espera por la misma causa (RIT)", initialsSameCase);
        assertThat(html).doesNotContainPattern(RutShapes.REGEX)
                .doesNotContain("Renata", "Vuelta", "Simón", "Causa", "Xiomara", "Lejana", RIT, initialsLongAgo);
        // The PIE works with the returned child: it may present it, under the criterion the candidate suggests.
        assertThat(html).contains("/mesas/" + w.mesaId() + "/sessions/" + session.id() + "/case-reviews?childId="
                + childReturned + "&amp;presentingMemberId=" + w.pieMember() + "&amp;criterion=COMPLEX_SITUATION");
        assertThat(html).contains("criterion=SEVERAL_PROGRAMS");

        String form = page("/mesas/" + w.mesaId() + "/sessions/" + session.id() + "/case-reviews?childId="
                + childReturned + "&presentingMemberId=" + w.pieMember() + "&criterion=COMPLEX_SITUATION", w.member());
        assertThat(form).containsPattern("value=\"COMPLEX_SITUATION\"[^>]*checked|<option value=\"COMPLEX_SITUATION\"[^>]*selected");

        String overseer = page("/mesas/" + w.mesaId() + "/shared-children", w.manager());
        assertThat(overseer).contains(initialsReturned, initialsSameCase).doesNotContain(childReturned.toString());
        mvc.perform(get("/mesas/" + w.mesaId() + "/shared-children").with(fixtures.as(w.outsider())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiCarriesTheCriterionInitialsAndAgeOnly() throws Exception {
        String bearer = "Bearer " + tokens.create(w.member(), "integración").secret();
        String json = mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/case-candidates")
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children", hasSize(2)))
                .andExpect(jsonPath("$.children[0].criterion").value("RE_REFERRED"))
                .andExpect(jsonPath("$.children[0].initials").value(initialsReturned))
                .andExpect(jsonPath("$.children[0].since").value(TODAY.minusDays(30).toString()))
                .andExpect(jsonPath("$.children[0].presentable").value(true))
                .andExpect(jsonPath("$.children[1].criterion").value("SAME_COURT_CASE"))
                .andExpect(jsonPath("$.children[1].caseCriterion").value("SEVERAL_PROGRAMS"))
                .andExpect(jsonPath("$.children[1].programs", hasSize(2)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContainPattern(RutShapes.REGEX)
                .doesNotContain("Renata", "Vuelta", "Simón", "Causa", RIT, childReturned.toString());
        mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/case-candidates")
                        .header("Authorization", "Bearer " + tokens.create(w.outsider(), "integración").secret()))
                .andExpect(status().isNotFound());
    }
}

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

/**
 * Children in several programs, seen from each of them and from the Mesa, and the flows page: each program sees
 * that the child is elsewhere (program, modality, state, since) and nothing of the other program's content; the
 * Mesa sees initials and age, never a name, a RUT or a referral reason; no standing, no page.
 */
@CircuitoTest
class CircuitPagesTests {

    static final LocalDate TODAY = LocalDate.now();
    static final DateTimeFormatter CL = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final String OPD_REASON = "Motivo reservado de la OPD";
    static final String PIE_REASON = "Motivo reservado del PIE";
    static final String PIE_REASON_TWO = "Otro motivo reservado del PIE";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesas;
    @Autowired ActiveCaseManagement cases;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    MesaWorld w;
    UUID referrer;
    MesaSession session;
    String rutK;
    String rutL;
    UUID opdEntryK;
    UUID pieEntryK;
    UUID childK;
    String pieName;
    String opdName;
    String initialsK;
    String initialsL;

    @BeforeEach
    void twoChildrenInTwoProgramsEach() {
        w = mesas.world();
        referrer = fixtures.referrer("OPD");
        session = mesas.session(w, TODAY.plusDays(7));
        rutK = Fixtures.rut();
        rutL = Fixtures.rut();
        opdEntryK = referral(w.coFacilitator(), w.opd(), rutK, "Valentina Sofía", "Reservada", "Oculta")
                .reason(OPD_REASON).receivedOn(TODAY.minusDays(30)).register().id();
        WaitingListEntry pieK = referral(w.member(), w.pie(), rutK, "Valentina Sofía", "Reservada", "Oculta")
                .reason(PIE_REASON).receivedOn(TODAY.minusDays(20)).register();
        pieEntryK = pieK.id();
        childK = pieK.childId();
        Actor edtDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(w.edt()));
        // The same child as the PIE's referral below: the same birth date (another one would be asked about).
        cases.registerExisting(edtDirector, w.edt(), new ExistingCase(rutL, "Tomás", "Secreto", "Escondido",
                LocalDate.of(2014, 6, 1), TODAY.minusDays(100)));
        referral(w.member(), w.pie(), rutL, "Tomás", "Secreto", "Escondido").reason(PIE_REASON_TWO)
                .receivedOn(TODAY.minusDays(15)).register();
        pieName = name(w.pie());
        opdName = name(w.opd());
        initialsK = ChildNames.initials("Valentina", "Reservada", "Oculta");
        initialsL = ChildNames.initials("Tomás", "Secreto", "Escondido");
    }

    /** From the OPD, about the child born on 1 June 2014 (no court cause). */
    private ReferralBuilder referral(Actor director, UUID program, String rut, String given, String paternal,
                                     String maternal) {
        return fixtures.referral(director, program, referrer).rut(rut).child(given, paternal, maternal)
                .bornOn(LocalDate.of(2014, 6, 1)).court(null, null);
    }

    private String name(UUID program) {
        return jdbc.sql("select name from program where id = ?").param(program).query(String.class).single();
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }

    private String page(String url, Actor actor) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachProgramSeesWhereElseTheChildIsButNothingOfTheOtherProgramsContent() throws Exception {
        String html = page("/entries/" + opdEntryK, w.coFacilitator());
        assertThat(html).contains("Otros programas en que está el niño/a", pieName, "En lista de espera",
                CL.format(TODAY.minusDays(20)));
        assertThat(html).doesNotContain(PIE_REASON);

        mvc.perform(get("/entries/" + pieEntryK).with(fixtures.as(w.coFacilitator()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entries/" + pieEntryK + "/child-programs")
                        .header("Authorization", bearer(w.coFacilitator())))
                .andExpect(status().isNotFound());

        String json = mvc.perform(get("/api/v1/entries/" + opdEntryK + "/child-programs")
                        .header("Authorization", bearer(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].program").value(pieName))
                .andExpect(jsonPath("$[0].modality").value("PIE"))
                .andExpect(jsonPath("$[0].state").value("WAITING"))
                .andExpect(jsonPath("$[0].since").value(TODAY.minusDays(20).toString()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(PIE_REASON).doesNotContainPattern(RutShapes.REGEX);

        // And the other way round: the PIE sees the OPD, not its reason.
        String pieHtml = page("/entries/" + pieEntryK, w.member());
        assertThat(pieHtml).contains("Otros programas en que está el niño/a", opdName, CL.format(TODAY.minusDays(30)))
                .doesNotContain(OPD_REASON);
    }

    @Test
    void theMesaListsTheChildrenByInitialsAndAgeWithoutNamesRutsOrContent() throws Exception {
        String html = page("/mesas/" + w.mesaId() + "/shared-children", w.member());
        assertThat(html).contains("NNA en dos o más programas a la vez", initialsK, initialsL, pieName, opdName,
                name(w.edt()), "En atención", CL.format(TODAY.minusDays(20)), CL.format(TODAY.minusDays(15)),
                "Presentar a la Mesa");
        assertThat(html).doesNotContainPattern(RutShapes.REGEX)
                .doesNotContain("Valentina", "Reservada", "Oculta", "Tomás", "Secreto", "Escondido", OPD_REASON,
                        PIE_REASON, PIE_REASON_TWO);
        assertThat(html).contains("/mesas/" + w.mesaId() + "/sessions/" + session.id() + "/case-reviews?childId="
                + childK + "&amp;presentingMemberId=" + w.pieMember());

        String overseer = page("/mesas/" + w.mesaId() + "/shared-children", w.manager());
        assertThat(overseer).contains(initialsK).doesNotContain("Presentar a la Mesa").doesNotContain(childK.toString());

        mvc.perform(get("/mesas/" + w.mesaId() + "/shared-children").with(fixtures.as(w.outsider())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where subject_id = ? and actor_id = ? and action = 'VIEWED'
                           and what = 'circuit.audit.sharedChildrenViewed'""")
                .params(w.mesaId(), w.member().userId()).query(Long.class).single()).isEqualTo(1);
        // The cases tab leads here.
        assertThat(page("/mesas/" + w.mesaId() + "/cases", w.member()))
                .contains("/mesas/" + w.mesaId() + "/shared-children");
    }

    @Test
    void theMesaApiCarriesInitialsAgeAndProgramsOnly() throws Exception {
        String json = mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/shared-children")
                        .header("Authorization", bearer(w.member())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children", hasSize(2)))
                .andExpect(jsonPath("$.children[0].initials").value(initialsK))
                .andExpect(jsonPath("$.children[0].overlapSince").value(TODAY.minusDays(20).toString()))
                .andExpect(jsonPath("$.children[0].presentable").value(true))
                .andExpect(jsonPath("$.children[0].programs", hasSize(2)))
                .andExpect(jsonPath("$.children[1].initials").value(initialsL))
                .andExpect(jsonPath("$.children[1].programs[0].state").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContainPattern(RutShapes.REGEX)
                .doesNotContain("Valentina", "Reservada", "Tomás", "Secreto", OPD_REASON, PIE_REASON, PIE_REASON_TWO,
                        childK.toString());
        mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/shared-children")
                        .header("Authorization", bearer(w.outsider())))
                .andExpect(status().isNotFound());
    }

    @Test
    void presentingToTheMesaOpensTheCaseFormWithTheChildPicked() throws Exception {
        String html = page("/mesas/" + w.mesaId() + "/sessions/" + session.id() + "/case-reviews?childId=" + childK
                + "&presentingMemberId=" + w.pieMember(), w.member());
        assertThat(html).containsPattern("<option value=\"" + childK + "\"[^>]*selected");
        assertThat(html).containsPattern("<option value=\"" + w.pieMember() + "\"[^>]*selected");
    }

    @Test
    void theFlowsPageDrawsAndTabulatesTheComunaAndRefusesWhatItCannotAnswer() throws Exception {
        String html = page("/flows?comuna=" + w.comunaCode(), w.member());
        assertThat(html).contains("Flujos de derivación", "data-flows=", "flows-sankey", pieName,
                "Tiempos de espera por programa", "/assets/js/flows.js", "echarts.min.js");
        assertThat(html).doesNotContainPattern(RutShapes.REGEX)
                .doesNotContain("Valentina", "Tomás", childK.toString(), PIE_REASON);

        String refused = mvc.perform(get("/flows?comuna=" + w.comunaCode() + "&from=2026-05-01&to=2026-04-01")
                        .with(fixtures.as(w.member())))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("no puede ser posterior", "value=\"2026-05-01\"", "from-error");
        mvc.perform(get("/flows?comuna=" + w.comunaCode()).with(fixtures.as(w.outsider())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/flows").with(fixtures.as(w.admin()))).andExpect(status().is4xxClientError());

        String json = mvc.perform(get("/api/v1/flows?comuna=" + w.comunaCode())
                        .header("Authorization", bearer(w.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comuna").value(w.comunaCode()))
                .andExpect(jsonPath("$.outcomes", hasSize(3)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContainPattern(RutShapes.REGEX).doesNotContain(childK.toString(), pieEntryK.toString());
        mvc.perform(get("/api/v1/flows?comuna=" + w.comunaCode() + "&from=ayer")
                        .header("Authorization", bearer(w.manager())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/flows?comuna=" + w.comunaCode()).header("Authorization", bearer(w.otherManager())))
                .andExpect(status().isNotFound());
    }
}

package cl.circuito.mesas.agreements;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.Alerts;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.Participation;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mesa agreements reach a user — on the day page, in /mesas/my-agreements and in the daily digest's counts (which
 * are the alerts of {@link Alerts#of}) — only from Mesas that user can open. One institution runs programs in two
 * regions, each region has its Mesa with an overdue agreement: each program hears of its own region's only, and a
 * program of the institution that is in no Mesa hears of none.
 */
@CircuitoTest
class MesaAgreementScopeTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired MesaSetup setup;
    @Autowired MesaAgreements agreements;
    @Autowired Alerts alerts;
    @Autowired MesaAgreementAlerts agreementAlerts;
    @Autowired JdbcClient jdbc;

    @Test
    void eachRegionsProgramsHearOnlyOfTheAgreementsOfMesasTheyCanOpen() throws Exception {
        MesaWorld north = mesaFixtures.world();
        MesaWorld south = mesaFixtures.world();
        for (int i = 0; i < 5 && south.regionCode().equals(north.regionCode()); i++) {
            south = mesaFixtures.world();
        }
        assertThat(south.regionCode()).isNotEqualTo(north.regionCode());
        // The north's PIE belongs to an institution that also runs a new PRM in the south, a member of its Mesa,
        // and a PPF in the north's comuna that is in no Mesa.
        UUID institution = jdbc.sql("select institution_id from program where id = ?").param(north.pie())
                .query(UUID.class).single();
        UUID southPrm = program(institution, "PRM", south.comunaCode());
        UUID northPpf = program(institution, "PPF", north.comunaCode());
        MesaMember southPrmMember = setup.join(south.admin(), south.mesaId(), MesaMember.Identity.program(southPrm, "PRM"),
                Participation.PERMANENT, false, MesaFixtures.FOUNDED, null);
        Actor southDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(southPrm));
        Actor northPpfDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(northPpf));

        String northText = "Coordinar las visitas del norte " + Fixtures.next();
        String southText = "Oficiar al tribunal del sur " + Fixtures.next();
        overdue(north, north.pieMember(), northText);
        overdue(south, southPrmMember.id(), southText);

        assertThat(overdueCount(north.member())).as("the north's PIE, of its own Mesa").isEqualTo(1);
        assertThat(overdueCount(southDirector)).as("the south's PRM, of the south's Mesa only").isEqualTo(1);
        assertThat(alerts.of(northPpfDirector, TODAY)).as("a program in no Mesa").isEmpty();

        assertThat(page(southDirector, "/mesas/my-agreements")).contains(southText).doesNotContain(northText);
        assertThat(page(north.member(), "/mesas/my-agreements")).contains(northText).doesNotContain(southText);
        assertThat(page(northPpfDirector, "/mesas/my-agreements")).doesNotContain(northText, southText);
        assertThat(page(southDirector, "/")).contains("1 acuerdo vencido de Mesas de Gestión de Casos");
        assertThat(page(northPpfDirector, "/")).doesNotContain("acuerdo vencido");

        // A member that left the Mesa no longer answers there: its program hears nothing more of it.
        setup.leave(south.admin(), south.mesaId(), southPrmMember.id(), version(southPrmMember.id()),
                LocalDate.of(2025, 5, 30), "Cambio de comuna");
        assertThat(alerts.of(southDirector, TODAY)).isEmpty();
        assertThat(page(southDirector, "/mesas/my-agreements")).doesNotContain(southText);
    }

    @Test
    void anInstitutionsOtherProgramInTheSameMesaStillHearsOfItsAgreements() {
        MesaWorld w = mesaFixtures.world();
        UUID institution = jdbc.sql("select institution_id from program where id = ?").param(w.pie())
                .query(UUID.class).single();
        UUID ppf = program(institution, "PPF", w.comunaCode());
        setup.join(w.admin(), w.mesaId(), MesaMember.Identity.program(ppf, "PPF"), Participation.OCCASIONAL, false,
                MesaFixtures.FOUNDED, null);
        overdue(w, w.pieMember(), "Revisar la derivación " + Fixtures.next());
        assertThat(overdueCount(fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(ppf)))).isEqualTo(1);
    }

    @Test
    void overdueAgreementsAlertThePeopleOfTheResponsibleInstitution() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        agreements.agree(w.coFacilitator(), w.mesaId(), first.id(), null,
                new Agreement.Terms("Enviar la nómina de espera", w.pieMember(), null, LocalDate.of(2025, 4, 20)));
        agreements.agree(w.coFacilitator(), w.mesaId(), first.id(), null,
                new Agreement.Terms("Sin plazo aún", w.pieMember(), null, null));
        assertThat(agreementAlerts.alertsFor(w.member(), LocalDate.of(2025, 4, 21)))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.kind()).isEqualTo(AlertKind.MESA_AGREEMENTS_OVERDUE);
                    assertThat(alert.programId()).isEqualTo(w.pie());
                    assertThat(alert.args()).containsExactly(1);
                    assertThat(alert.link()).isEqualTo("/mesas/my-agreements");
                });
        assertThat(agreementAlerts.alertsFor(w.member(), LocalDate.of(2025, 4, 20))).isEmpty();
        assertThat(agreementAlerts.alertsFor(w.coFacilitator(), LocalDate.of(2025, 4, 21))).isEmpty();
        assertThat(agreementAlerts.alertsFor(w.memberReadOnly(), LocalDate.of(2025, 4, 21))).isEmpty();
    }

    private void overdue(MesaWorld w, UUID responsible, String text) {
        MesaSession session = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        agreements.agree(w.coFacilitator(), w.mesaId(), session.id(), null,
                new Agreement.Terms(text, responsible, null, LocalDate.of(2025, 5, 1)));
    }

    private int overdueCount(Actor actor) {
        List<Alert> found = alerts.of(actor, TODAY).stream()
                .filter(a -> a.kind() == AlertKind.MESA_AGREEMENTS_OVERDUE).toList();
        return found.stream().mapToInt(a -> (Integer) a.args().get(0)).sum();
    }

    private UUID program(UUID institution, String modality, String comuna) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into program (id, institution_id, modality_code, name, comuna_code, agreed_capacity,
                                             has_support_professional)
                        values (?, ?, ?, ?, ?, 20, false)""")
                .params(id, institution, modality, modality + " de la misma institución " + Fixtures.next(), comuna)
                .update();
        return id;
    }

    private long version(UUID member) {
        return jdbc.sql("select version from mesa_member where id = ?").param(member).query(Long.class).single();
    }

    private String page(Actor actor, String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

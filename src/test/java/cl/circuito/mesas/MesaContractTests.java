package cl.circuito.mesas;

import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.AgendaItem;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MesaSessions;
import cl.circuito.shared.NotFound;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core of the Mesas on the database: who stands where, and what a new session starts from. The aggregates' own
 * rules are tested without the database (MesaSessionTests, SessionRulesTests, AgreementTests).
 */
@CircuitoTest
class MesaContractTests {

    @Autowired
    MesaFixtures mesaFixtures;
    @Autowired
    MesaAccess access;
    @Autowired
    MesaSessions sessions;

    @Test
    void standingFollowsMembershipNotRole() {
        MesaWorld w = mesaFixtures.world();
        assertThat(access.standing(w.coFacilitator(), w.mesaId()).level()).isEqualTo(MesaStanding.Level.CO_FACILITATOR);
        assertThat(access.standing(w.edtCoFacilitator(), w.mesaId()).edits()).isTrue();
        MesaStanding member = access.standing(w.member(), w.mesaId());
        assertThat(member.level()).isEqualTo(MesaStanding.Level.MEMBER);
        assertThat(member.updatesAgreementOf(w.pieMember())).isTrue();
        assertThat(member.updatesAgreementOf(w.opdMember())).isFalse();
        assertThat(member.seesCaseContent()).isTrue();
        assertThat(access.standing(w.memberReadOnly(), w.mesaId()).updatesAgreementOf(w.pieMember())).isFalse();
        MesaStanding manager = access.standing(w.manager(), w.mesaId());
        assertThat(manager.level()).isEqualTo(MesaStanding.Level.OVERSEER);
        assertThat(manager.seesCaseContent()).isFalse();
        assertThat(manager.setsUp()).isTrue();
        assertThat(access.standing(w.national(), w.mesaId()).reads()).isTrue();
        assertThat(access.standing(w.admin(), w.mesaId()).reads()).isFalse();
        assertThatThrownBy(() -> access.standing(w.outsider(), w.mesaId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> access.standing(w.otherManager(), w.mesaId())).isInstanceOf(NotFound.class);
        assertThat(access.visibleMesaIds(w.member())).contains(w.mesaId());
        assertThat(access.visibleMesaIds(w.outsider())).doesNotContain(w.mesaId());
        assertThat(access.visibleMesaIds(w.manager())).contains(w.mesaId());
    }

    @Test
    void aSessionBeforeTheFoundingIsRefusedAndNothingIsSaved() {
        MesaWorld w = mesaFixtures.world();
        assertThatThrownBy(() -> mesaFixtures.session(w, MesaFixtures.FOUNDED.minusDays(1)))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("heldOn"));
        assertThat(sessions.findAllOfMesa(w.mesaId())).isEmpty();
        assertThat(mesaFixtures.session(w, MesaFixtures.FOUNDED).heldOn()).isEqualTo(MesaFixtures.FOUNDED);
    }

    @Test
    void aSessionStartsWithTheStandardAgendaInSpanish() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession second = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(first.agenda()).extracting(AgendaItem::title).startsWith("Bienvenida", "Lectura del acta anterior",
                "Revisión de acuerdos");
        assertThat(first.agenda()).hasSize(AgendaItemKind.standard().size());
    }

    @Test
    void frequencyProposesTheNextDate() {
        assertThat(Frequency.MONTHLY.after(LocalDate.of(2025, 4, 8), null)).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(Frequency.BIWEEKLY.after(LocalDate.of(2025, 4, 8), null)).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(Frequency.CUSTOM.after(LocalDate.of(2025, 4, 8), 21)).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(Frequency.CUSTOM.after(LocalDate.of(2025, 4, 8), null)).isNull();
    }

    @Test
    void onlyTheRegionsManagerOrTheAdminFoundsAMesa() {
        MesaWorld w = mesaFixtures.world();
        assertThat(access.mayFoundIn(w.manager(), w.comunaCode())).isTrue();
        assertThat(access.mayFoundIn(w.otherManager(), w.comunaCode())).isFalse();
        assertThat(access.mayFoundIn(w.coFacilitator(), w.comunaCode())).isFalse();
        assertThat(access.mayFoundIn(w.admin(), w.comunaCode())).isTrue();
    }
}

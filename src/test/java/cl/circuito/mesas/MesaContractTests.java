package cl.circuito.mesas;

import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementEvent;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaMembers;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.AgendaItem;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MesaSessions;
import cl.circuito.mesas.sessions.MinutesStatus;
import cl.circuito.shared.NotFound;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The core of the Mesas: who stands where, and the aggregates' guards every area relies on. */
@CircuitoTest
class MesaContractTests {

    @Autowired
    MesaFixtures mesaFixtures;
    @Autowired
    MesaAccess access;
    @Autowired
    MesaSessions sessions;
    @Autowired
    MesaMembers members;

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
    void minutesAreApprovedOnceAtALaterSessionAndThenNeverChange() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession second = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        Instant now = Instant.now();
        first.markHeld(LocalDate.of(2025, 4, 8), "Olga", now);
        AgendaItem welcome = first.agenda().get(0);
        first.writeMinutes(welcome.id(), "Se da la bienvenida.", null, "Olga", now);
        assertThatThrownBy(() -> first.approveMinutes(second, "La Mesa", null, "Olga", now))
                .hasMessage("mesas.error.minutesNotCirculated");
        first.circulateMinutes("Olga", now);
        assertThatThrownBy(() -> first.approveMinutes(first, "La Mesa", null, "Olga", now))
                .hasMessage("mesas.error.approveAtLaterSession");
        // Held but its attendance not recorded: it has not taken place for the record.
        assertThatThrownBy(() -> first.approveMinutes(second, "La Mesa", null, "Olga", now))
                .hasMessage("mesaminutes.error.approveBeforeAttendance");
        second.recordAttendance(LocalDate.of(2025, 5, 13), "Olga", now);
        first.approveMinutes(second, "Integrantes presentes, por consenso", "Se corrige el nombre del CESFAM.", "Olga", now);
        assertThat(first.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(first.minutesApprovedOn()).isEqualTo(second.heldOn());
        assertThatThrownBy(() -> first.approveMinutes(second, "La Mesa", null, "Olga", now))
                .hasMessage("mesas.error.minutesAlreadyApproved");
        assertThatThrownBy(() -> first.writeMinutes(welcome.id(), "Otro texto", null, "Olga", now))
                .hasMessage("mesas.error.minutesApproved");
        assertThat(first.agenda().get(0).notes()).isEqualTo("Se da la bienvenida.");
    }

    @Test
    void closingAnAgreementNeedsANoteAndAClosedOneDoesNotChange() {
        MesaWorld w = mesaFixtures.world();
        MesaSession session = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaMember pie = members.findById(w.pieMember()).orElseThrow();
        Instant now = Instant.now();
        Agreement agreement = Agreement.agree(session, null, null,
                new Agreement.Terms("Coordinar con el CESFAM la hora de salud mental", pie.id(), "Pía Paredes",
                        LocalDate.of(2025, 4, 30)), pie, "Olga", now);
        assertThat(agreement.isOverdue(LocalDate.of(2025, 5, 1))).isTrue();
        assertThatThrownBy(() -> agreement.update(AgreementStatus.DONE, " ", LocalDate.of(2025, 5, 1), null, "Pía", now))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("note"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);
        agreement.update(AgreementStatus.DONE, "Hora tomada para el 2 de mayo.", LocalDate.of(2025, 5, 1), null, "Pía", now);
        assertThat(agreement.isOverdue(LocalDate.of(2025, 6, 1))).isFalse();
        assertThat(agreement.history()).extracting(AgreementEvent::status)
                .containsExactly(AgreementStatus.OPEN, AgreementStatus.DONE);
        assertThatThrownBy(() -> agreement.update(AgreementStatus.OPEN, null, null, null, "Pía", now))
                .hasMessage("mesas.error.agreementClosed");
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

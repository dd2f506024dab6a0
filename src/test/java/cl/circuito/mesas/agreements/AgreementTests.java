package cl.circuito.mesas.agreements;

import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaTestData;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.testing.Refusals.conflict;
import static cl.circuito.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement on the aggregate alone: agreed at a session held on Tuesday 8 April 2025, the PIE answers for it;
 * followed up, reviewed and closed at later sessions.
 */
class AgreementTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate HELD = LocalDate.of(2025, 4, 8);
    static final Instant NOW = SessionTestData.NOW;
    static final Instant LATER = NOW.plusSeconds(3600);
    static final String TEXT = "Coordinar con el CESFAM la hora de salud mental";

    private final Mesa mesa = MesaTestData.mesa(LocalDate.of(2024, 3, 1));
    private final SessionTestData sessions = new SessionTestData(mesa);
    private final MesaSession session = sessions.held(HELD, TODAY);
    private final MesaMember pie = MesaTestData.member(mesa, "PIE");

    private static Agreement.Terms terms(String text, MesaMember responsible, LocalDate dueOn) {
        return new Agreement.Terms(text, responsible == null ? null : responsible.id(), "Pía Paredes", dueOn);
    }

    private Agreement agree(String text, MesaMember responsible, LocalDate dueOn) {
        return Agreement.agree(session, null, null, terms(text, responsible, dueOn), responsible, "Olga", NOW);
    }

    private Agreement agreed(LocalDate dueOn) {
        return agree(TEXT, pie, dueOn);
    }

    // ------------------------------------------------------------------ agreeing

    @Test
    void anAgreementIsOpenAtItsSessionAndItsHistoryStartsThere() {
        UUID item = session.agenda().get(2).id();
        UUID review = UUID.randomUUID();
        Agreement agreement = Agreement.agree(session, item, review, new Agreement.Terms("  " + TEXT + " ", pie.id(),
                " Pía Paredes ", HELD.plusDays(22)), pie, "Olga", NOW);

        assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);
        assertThat(agreement.mesaId()).isEqualTo(mesa.id());
        assertThat(agreement.sessionId()).isEqualTo(session.id());
        assertThat(agreement.agendaItemId()).isEqualTo(item);
        assertThat(agreement.caseReviewId()).isEqualTo(review);
        assertThat(agreement.text()).isEqualTo(TEXT);
        assertThat(agreement.responsibleMemberId()).isEqualTo(pie.id());
        assertThat(agreement.responsiblePerson()).isEqualTo("Pía Paredes");
        assertThat(agreement.dueOn()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(agreement.closedOn()).isNull();
        assertThat(agreement.createdByName()).isEqualTo("Olga");
        assertThat(agreement.createdAt()).isEqualTo(NOW);
        assertThat(agreement.history()).singleElement().satisfies(line -> {
            assertThat(line.sessionId()).isEqualTo(session.id());
            assertThat(line.status()).isEqualTo(AgreementStatus.OPEN);
            assertThat(line.note()).isNull();
            assertThat(line.byName()).isEqualTo("Olga");
            assertThat(line.at()).isEqualTo(NOW);
        });
    }

    @Test
    void anAgreementSaysWhatWithinTheLimit() {
        invalid(() -> agree(null, pie, null), "text", "mesas.error.required.agreementText");
        invalid(() -> agree(" \n ", pie, null), "text", "mesas.error.required.agreementText");
        String longest = "x".repeat(Agreement.MAX_TEXT);
        assertThat(invalid(() -> agree(longest + "x", pie, null), "text", "mesas.error.tooLong").arguments())
                .containsExactly(Agreement.MAX_TEXT);
        assertThat(agree(" " + longest + " ", pie, null).text()).isEqualTo(longest);
    }

    @Test
    void aCurrentMemberOfTheSameMesaAnswersForIt() {
        invalid(() -> agree(TEXT, null, null), "responsibleMemberId", "mesas.error.required.responsible");
        MesaMember gone = MesaTestData.formerMember(mesa, "PPF", HELD.minusDays(1));
        invalid(() -> agree(TEXT, gone, null), "responsibleMemberId", "mesas.error.required.responsible");
        MesaMember elsewhere = MesaTestData.member(MesaTestData.mesa(LocalDate.of(2024, 3, 1)), "PIE");
        invalid(() -> agree(TEXT, elsewhere, null), "responsibleMemberId", "mesas.error.required.responsible");

        Agreement agreement = Agreement.agree(session, null, null, new Agreement.Terms(TEXT, pie.id(), "  ", null), pie,
                "Olga", NOW);
        assertThat(agreement.responsiblePerson()).as("a blank person is none").isNull();
    }

    @Test
    void itIsDueFromTheSessionsDayOnOrNever() {
        assertThat(invalid(() -> agreed(HELD.minusDays(1)), "dueOn", "mesas.error.dueBeforeSession").arguments())
                .containsExactly("08-04-2025");
        assertThat(agreed(HELD).dueOn()).isEqualTo(HELD);
        assertThat(agreed(null).dueOn()).isNull();
        Agreement farAhead = agreed(LocalDate.of(3001, 1, 13));
        assertThat(farAhead.dueOn()).isEqualTo(LocalDate.of(3001, 1, 13));
        assertThat(farAhead.isOverdue(TODAY)).isFalse();
    }

    @Test
    void approvedMinutesTakeNoNewAgreementButCirculatedOnesDo() {
        MesaSession approved = sessions.approved(LocalDate.of(2025, 5, 13), LocalDate.of(2025, 6, 10));
        assertThat(conflict(() -> Agreement.agree(approved, null, null, terms(TEXT, pie, null), pie, "Olga", NOW),
                "mesas.error.minutesApproved").arguments()).containsExactly(approved.number());

        MesaSession circulated = sessions.circulated(LocalDate.of(2025, 7, 8), TODAY);
        assertThat(Agreement.agree(circulated, null, null, terms(TEXT, pie, null), pie, "Olga", NOW).sessionId())
                .isEqualTo(circulated.id());
    }

    // ------------------------------------------------------------------ amending

    @Test
    void theTermsAreCorrectedWithTheSameRulesWhileOpen() {
        Agreement agreement = agreed(HELD.plusDays(22));
        MesaMember health = MesaTestData.member(mesa, "CESFAM");
        invalid(() -> agreement.amend(terms(" ", health, null), health, HELD, "Olga", LATER), "text",
                "mesas.error.required.agreementText");
        invalid(() -> agreement.amend(terms(TEXT, null, null), null, HELD, "Olga", LATER), "responsibleMemberId",
                "mesas.error.required.responsible");
        assertThat(agreement.responsibleMemberId()).isEqualTo(pie.id());

        agreement.amend(new Agreement.Terms("Pedir la hora al CESFAM", health.id(), null, HELD.plusDays(30)), health, HELD,
                "Esteban", LATER);
        assertThat(agreement.text()).isEqualTo("Pedir la hora al CESFAM");
        assertThat(agreement.responsibleMemberId()).isEqualTo(health.id());
        assertThat(agreement.responsiblePerson()).isNull();
        assertThat(agreement.dueOn()).isEqualTo(HELD.plusDays(30));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);
        assertThat(agreement.updatedByName()).isEqualTo("Esteban");
        assertThat(agreement.history()).hasSize(2).last().satisfies(line -> {
            assertThat(line.sessionId()).as("corrected outside a session").isNull();
            assertThat(line.status()).isEqualTo(AgreementStatus.OPEN);
            assertThat(line.byName()).isEqualTo("Esteban");
        });
    }

    // ------------------------------------------------------------------ following up and closing

    @Test
    void progressIsReportedEitherWayWithoutANoteAndRecordedWhereItWasSeen() {
        Agreement agreement = agreed(HELD.plusDays(22));
        UUID at = UUID.randomUUID();
        agreement.update(AgreementStatus.IN_PROGRESS, null, null, HELD, TODAY, at, "Pía", LATER);
        agreement.update(AgreementStatus.OPEN, "  Se reprograma.  ", null, HELD, TODAY, null, "Pía", LATER);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);
        assertThat(agreement.closedOn()).isNull();
        assertThat(agreement.history()).extracting(AgreementEvent::status)
                .containsExactly(AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS, AgreementStatus.OPEN);
        assertThat(agreement.history()).extracting(AgreementEvent::sessionId).containsExactly(session.id(), at, null);
        assertThat(agreement.history()).extracting(AgreementEvent::note).containsExactly(null, null, "Se reprograma.");
        assertThat(agreement.updatedByName()).isEqualTo("Pía");
    }

    @Test
    void aChangeNeedsAStatusAndANoteWithinTheLimit() {
        Agreement agreement = agreed(null);
        invalid(() -> agreement.update(null, "Nota", null, HELD, TODAY, null, "Pía", LATER), "status", "mesas.error.required.status");
        String longest = "x".repeat(Agreement.MAX_TEXT);
        assertThat(invalid(() -> agreement.update(AgreementStatus.IN_PROGRESS, longest + "x", null, HELD, TODAY, null, "Pía", LATER),
                "note", "mesas.error.tooLong").arguments()).containsExactly(Agreement.MAX_TEXT);
        assertThat(agreement.history()).hasSize(1);

        agreement.update(AgreementStatus.IN_PROGRESS, " " + longest + " ", null, HELD, TODAY, null, "Pía", LATER);
        assertThat(agreement.history()).last().extracting(AgreementEvent::note).isEqualTo(longest);
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"DONE", "NOT_POSSIBLE", "NOT_DONE", "CANCELLED"})
    void closingNeedsANoteAndADateAndAClosedAgreementNeverChanges(AgreementStatus closing) {
        Agreement agreement = agreed(HELD.plusDays(22));
        invalid(() -> agreement.update(closing, null, TODAY, HELD, TODAY, null, "Pía", LATER), "note",
                "mesas.error.required.closingNote");
        invalid(() -> agreement.update(closing, "   ", TODAY, HELD, TODAY, null, "Pía", LATER), "note",
                "mesas.error.required.closingNote");
        invalid(() -> agreement.update(closing, "Hecho.", null, HELD, TODAY, null, "Pía", LATER), "closedOn",
                "mesas.error.required.closedOn");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);
        assertThat(agreement.closedOn()).isNull();
        assertThat(agreement.history()).hasSize(1);

        UUID at = UUID.randomUUID();
        agreement.update(closing, " Se cierra en la sesión. ", TODAY, HELD, TODAY, at, "Pía", LATER);
        assertThat(agreement.status()).isEqualTo(closing);
        assertThat(agreement.closedOn()).isEqualTo(TODAY);
        assertThat(agreement.closingNote()).isEqualTo("Se cierra en la sesión.");
        assertThat(agreement.history()).last().satisfies(line -> {
            assertThat(line.status()).isEqualTo(closing);
            assertThat(line.sessionId()).isEqualTo(at);
            assertThat(line.note()).isEqualTo("Se cierra en la sesión.");
        });
        assertThat(agreement.isOverdue(TODAY)).isFalse();

        conflict(() -> agreement.update(AgreementStatus.OPEN, null, null, HELD, TODAY, null, "Pía", LATER), "mesas.error.agreementClosed");
        conflict(() -> agreement.update(closing, "Otra nota", TODAY, HELD, TODAY, null, "Pía", LATER), "mesas.error.agreementClosed");
        conflict(() -> agreement.amend(terms(TEXT, pie, null), pie, HELD, "Olga", LATER), "mesas.error.agreementClosed");
        conflict(() -> agreement.reviewed(at, "Visto", "Olga", LATER), "mesas.error.agreementClosed");
        assertThat(agreement.history()).hasSize(2);
        assertThat(agreement.closingNote()).isEqualTo("Se cierra en la sesión.");
    }

    @Test
    void anAmendedDueDateAndAClosingDateStayBetweenTheSessionAndToday() {
        Agreement agreement = agreed(HELD.plusDays(22));
        invalid(() -> agreement.amend(terms(TEXT, pie, HELD.minusDays(1)), pie, HELD, "Olga", LATER), "dueOn",
                "mesas.error.dueBeforeSession");
        assertThat(agreement.dueOn()).isEqualTo(HELD.plusDays(22));
        agreement.amend(terms(TEXT, pie, HELD), pie, HELD, "Olga", LATER);
        assertThat(agreement.dueOn()).isEqualTo(HELD);

        assertThat(invalid(() -> agreement.update(AgreementStatus.DONE, "Hecho.", HELD.minusDays(1), HELD, TODAY,
                null, "Pía", LATER), "closedOn", "mesas.error.closedBeforeAgreed").arguments())
                .containsExactly("08-04-2025");
        invalid(() -> agreement.update(AgreementStatus.DONE, "Hecho.", TODAY.plusDays(1), HELD, TODAY, null, "Pía",
                LATER), "closedOn", "mesas.error.closedInFuture");
        invalid(() -> agreement.update(AgreementStatus.DONE, "Hecho.", LocalDate.of(3001, 1, 1), HELD, TODAY, null,
                "Pía", LATER), "closedOn", "mesas.error.closedInFuture");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);

        agreement.update(AgreementStatus.DONE, "Hecho el mismo día.", HELD, HELD, TODAY, null, "Pía", LATER);
        assertThat(agreement.closedOn()).isEqualTo(HELD);
        Agreement another = agreed(null);
        another.update(AgreementStatus.NOT_DONE, "No se pudo.", TODAY, HELD, TODAY, null, "Pía", LATER);
        assertThat(another.closedOn()).isEqualTo(TODAY);
    }

    @Test
    void closingAnAgreementNeedsANoteAndAClosedOneDoesNotChange() {
        Agreement agreement = agreed(LocalDate.of(2025, 4, 30));
        assertThat(agreement.isOverdue(LocalDate.of(2025, 5, 1))).isTrue();
        invalid(() -> agreement.update(AgreementStatus.DONE, " ", LocalDate.of(2025, 5, 1), HELD, TODAY, null, "Pía", NOW), "note",
                "mesas.error.required.closingNote");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);
        agreement.update(AgreementStatus.DONE, "Hora tomada para el 2 de mayo.", LocalDate.of(2025, 5, 1), HELD, TODAY, null, "Pía",
                NOW);
        assertThat(agreement.isOverdue(LocalDate.of(2025, 6, 1))).isFalse();
        assertThat(agreement.history()).extracting(AgreementEvent::status)
                .containsExactly(AgreementStatus.OPEN, AgreementStatus.DONE);
        conflict(() -> agreement.update(AgreementStatus.OPEN, null, null, HELD, TODAY, null, "Pía", NOW), "mesas.error.agreementClosed");
    }

    @Test
    void aReviewAtASessionKeepsTheStatusAndRecordsTheNote() {
        Agreement agreement = agreed(HELD.plusDays(22));
        agreement.update(AgreementStatus.IN_PROGRESS, null, null, HELD, TODAY, null, "Pía", NOW);
        UUID may = UUID.randomUUID();
        UUID june = UUID.randomUUID();
        agreement.reviewed(may, "  Falta la respuesta del CESFAM. ", "Olga", LATER);
        agreement.reviewed(june, " ", "Esteban", LATER.plusSeconds(60));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_PROGRESS);
        assertThat(agreement.history()).hasSize(4);
        assertThat(agreement.history().get(2)).satisfies(line -> {
            assertThat(line.sessionId()).isEqualTo(may);
            assertThat(line.status()).isEqualTo(AgreementStatus.IN_PROGRESS);
            assertThat(line.note()).isEqualTo("Falta la respuesta del CESFAM.");
        });
        assertThat(agreement.history().get(3).note()).as("a blank note is none").isNull();
        assertThat(agreement.updatedByName()).isEqualTo("Esteban");
        assertThat(agreement.updatedAt()).isEqualTo(LATER.plusSeconds(60));
    }

    // ------------------------------------------------------------------ due dates

    @Test
    void anOpenOrOngoingAgreementIsOverdueFromTheDayAfterItsDueDate() {
        Agreement agreement = agreed(LocalDate.of(2025, 4, 30));
        assertThat(agreement.isOverdue(LocalDate.of(2025, 4, 29))).isFalse();
        assertThat(agreement.isOverdue(LocalDate.of(2025, 4, 30))).as("due today: not yet").isFalse();
        assertThat(agreement.isOverdue(LocalDate.of(2025, 5, 1))).isTrue();
        agreement.update(AgreementStatus.IN_PROGRESS, null, null, HELD, TODAY, null, "Pía", NOW);
        assertThat(agreement.isOverdue(LocalDate.of(2025, 5, 1))).isTrue();
        assertThat(agreement.isOverdue(LocalDate.of(3001, 1, 1))).isTrue();
        assertThat(agreed(null).isOverdue(LocalDate.of(3001, 1, 1))).as("without a due date, never").isFalse();
    }
}

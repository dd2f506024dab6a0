package cl.circuito.mesas.sessions;

import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaTestData;
import cl.circuito.shared.NotFound;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import static cl.circuito.mesas.sessions.SessionTestData.businessDay;
import static cl.circuito.mesas.sessions.SessionTestData.slot;
import static cl.circuito.testing.Refusals.conflict;
import static cl.circuito.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A session's slot, agenda, attendance and minutes, on the aggregate alone (its date and number rules are in
 * {@link SessionRulesTests}). Today is Monday 7 December 2026; the Mesa was founded on 1 March 2024.
 */
class MesaSessionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);
    static final Instant LATER = SessionTestData.NOW.plusSeconds(3600);
    static final String LONG_PLACE = "x".repeat(MesaSession.MAX_PLACE);

    private final Mesa mesa = MesaTestData.mesa(FOUNDED);
    private final SessionTestData sessions = new SessionTestData(mesa);

    private static MesaSession.Slot timed(LocalTime startsAt, LocalTime endsAt, String place) {
        return new MesaSession.Slot(TODAY.plusDays(8), startsAt, endsAt, place);
    }

    private MesaSession schedule(MesaSession.Slot slot) {
        return MesaSession.schedule(mesa, slot, businessDay(TODAY), Object::toString, "Olga", SessionTestData.NOW);
    }

    private static AgendaItem item(MesaSession session, AgendaItemKind kind) {
        return session.itemOfKind(kind).orElseThrow();
    }

    // ------------------------------------------------------------------ a new session

    @Test
    void aNewSessionHasTheStandardAgendaDraftMinutesAndNoNumberYet() {
        MesaSession session = MesaSession.schedule(mesa, slot(TODAY.plusDays(8)), businessDay(TODAY),
                kind -> "Punto " + kind.ordinal(), "Olga", SessionTestData.NOW);

        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(session.number()).as("numbered when placed among the Mesa's sessions").isZero();
        assertThat(session.mesaId()).isEqualTo(mesa.id());
        assertThat(session.agenda()).extracting(AgendaItem::kind).containsExactlyElementsOf(AgendaItemKind.standard());
        assertThat(session.agenda()).extracting(AgendaItem::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(session.agenda().get(1).title()).isEqualTo("Punto 1");
        assertThat(session.icsSequence()).isZero();
        assertThat(session.hasTakenPlace()).isFalse();
        assertThat(session.minutesEditable()).isTrue();
        assertThat(session.updatedByName()).isEqualTo("Olga");
        assertThatThrownBy(() -> session.agenda().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSlotNeedsADateBothTimesInOrderAndAPlace() {
        invalid(() -> schedule(slot(null)), "heldOn", "mesas.error.required.heldOn");
        invalid(() -> MesaSession.recordHeld(mesa, slot(null), businessDay(TODAY), Object::toString, "Olga",
                SessionTestData.NOW), "heldOn", "mesas.error.required.heldOn");
        invalid(() -> schedule(timed(null, LocalTime.NOON, "Sala")), "startsAt", "mesas.error.required.startsAt");
        invalid(() -> schedule(timed(LocalTime.NOON, null, "Sala")), "endsAt", "mesas.error.required.endsAt");
        invalid(() -> schedule(timed(LocalTime.NOON, LocalTime.NOON, "Sala")), "endsAt", "mesas.error.endBeforeStart");
        invalid(() -> schedule(timed(LocalTime.NOON, LocalTime.of(11, 59), "Sala")), "endsAt",
                "mesas.error.endBeforeStart");
        invalid(() -> schedule(timed(LocalTime.NOON, LocalTime.of(13, 0), null)), "place", "mesas.error.required.place");
        invalid(() -> schedule(timed(LocalTime.NOON, LocalTime.of(13, 0), " \t")), "place", "mesas.error.required.place");
        assertThat(invalid(() -> schedule(timed(LocalTime.NOON, LocalTime.of(13, 0), LONG_PLACE + "x")), "place",
                "mesas.error.tooLong").arguments()).containsExactly(MesaSession.MAX_PLACE);

        MesaSession session = schedule(timed(LocalTime.NOON, LocalTime.NOON.plusMinutes(1), "  " + LONG_PLACE + "  "));
        assertThat(session.place()).as("stripped, then at most 300").isEqualTo(LONG_PLACE);
        assertThat(session.endsAt()).isEqualTo(LocalTime.of(12, 1));
    }

    @Test
    void aSessionIsHeldFromTheFoundingOnAndRecordedAsHeldUpToTodayItself() {
        assertThat(invalid(() -> sessions.held(FOUNDED.minusDays(1), TODAY), "heldOn", "mesas.error.beforeFounding")
                .arguments()).containsExactly("01-03-2024");
        assertThat(sessions.held(FOUNDED, TODAY).heldOn()).isEqualTo(FOUNDED);
        assertThat(sessions.held(TODAY, TODAY).status()).isEqualTo(SessionStatus.HELD);
        assertThat(invalid(() -> sessions.held(LocalDate.of(3001, 1, 13), TODAY), "heldOn",
                "mesasessions.error.heldInFuture").arguments()).containsExactly("13-01-3001");
    }

    // ------------------------------------------------------------------ moving and cancelling

    @Test
    void movingASessionUpdatesTheCalendarsAndARefusedMoveChangesNothing() {
        MesaSession session = sessions.scheduled(TODAY.plusDays(8), TODAY);
        session.reschedule(mesa, new MesaSession.Slot(TODAY.plusDays(9), LocalTime.of(15, 0), LocalTime.of(17, 0),
                " Salón municipal "), businessDay(TODAY), "Esteban", LATER);
        assertThat(session.heldOn()).isEqualTo(TODAY.plusDays(9));
        assertThat(session.place()).isEqualTo("Salón municipal");
        assertThat(session.icsSequence()).isEqualTo(1);
        assertThat(session.updatedByName()).isEqualTo("Esteban");
        assertThat(session.updatedAt()).isEqualTo(LATER);

        invalid(() -> session.reschedule(mesa, new MesaSession.Slot(TODAY.plusDays(10), LocalTime.of(15, 0),
                LocalTime.of(14, 0), "Sala"), businessDay(TODAY), "Olga", LATER), "endsAt", "mesas.error.endBeforeStart");
        invalid(() -> session.reschedule(mesa, slot(LocalDate.of(3001, 1, 13)), businessDay(TODAY), "Olga", LATER),
                "heldOn", "mesasessions.error.tooFarAhead");
        assertThat(session.heldOn()).isEqualTo(TODAY.plusDays(9));
        assertThat(session.startsAt()).isEqualTo(LocalTime.of(15, 0));
        assertThat(session.icsSequence()).isEqualTo(1);
    }

    @Test
    void aSessionWhoseDateHasPassedStillChangesItsTimeAndPlace() {
        MesaSession session = sessions.scheduled(TODAY.minusDays(7), TODAY.minusDays(14));
        session.reschedule(mesa, new MesaSession.Slot(TODAY.minusDays(7), LocalTime.of(10, 0), LocalTime.of(11, 0),
                "Sala 2"), businessDay(TODAY), "Olga", LATER);
        assertThat(session.place()).isEqualTo("Sala 2");
        assertThat(session.heldOn()).isEqualTo(TODAY.minusDays(7));
    }

    @Test
    void onlyAScheduledSessionMovesOrIsCancelledAndACancellationNeedsAReason() {
        MesaSession held = sessions.held(TODAY.minusDays(7), TODAY);
        assertThat(conflict(() -> held.reschedule(mesa, slot(TODAY.plusDays(1)), businessDay(TODAY), "Olga", LATER),
                "mesas.error.sessionNotScheduled").arguments()).containsExactly(held.number());
        conflict(() -> held.cancel("Paro", "Olga", LATER), "mesas.error.sessionNotScheduled");

        MesaSession session = sessions.scheduled(TODAY.plusDays(8), TODAY);
        invalid(() -> session.cancel(null, "Olga", LATER), "cancelReason", "mesas.error.required.cancelReason");
        invalid(() -> session.cancel("  ", "Olga", LATER), "cancelReason", "mesas.error.required.cancelReason");
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);

        session.cancel(" Paro de funcionarios ", "Olga", LATER);
        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.cancelReason()).isEqualTo("Paro de funcionarios");
        assertThat(session.icsSequence()).as("the calendars get the cancellation").isEqualTo(1);
        assertThat(session.minutesEditable()).isFalse();
        conflict(() -> session.cancel("Otra vez", "Olga", LATER), "mesas.error.sessionNotScheduled");
        conflict(() -> session.reschedule(mesa, slot(TODAY.plusDays(9)), businessDay(TODAY), "Olga", LATER),
                "mesas.error.sessionNotScheduled");
        conflict(() -> session.markHeld(TODAY.plusDays(8), "Olga", LATER), "mesas.error.sessionNotScheduled");
        conflict(() -> session.recordAttendance(TODAY.plusDays(8), "Olga", LATER), "mesas.error.sessionNotScheduled");
    }

    @Test
    void theFirstNumberOrTheSameNumberAgainOwesTheCalendarsNothing() {
        MesaSession session = schedule(slot(TODAY.plusDays(8)));
        session.numberAs(4);
        session.numberAs(4);
        assertThat(session.number()).isEqualTo(4);
        assertThat(session.icsSequence()).isZero();
        session.numberAs(5);
        assertThat(session.icsSequence()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ taking place

    @Test
    void aSessionIsHeldOnItsDayNotBeforeAndTheAttendanceIsDatedOnce() {
        MesaSession session = sessions.scheduled(TODAY.plusDays(1), TODAY);
        assertThat(invalid(() -> session.recordAttendance(TODAY, "Olga", LATER), "heldOn", "mesas.error.notYetHeld")
                .arguments()).containsExactly("08-12-2026");
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.attendanceRecordedAt()).isNull();

        session.recordAttendance(TODAY.plusDays(1), "Olga", LATER);
        assertThat(session.status()).isEqualTo(SessionStatus.HELD);
        assertThat(session.hasTakenPlace()).isTrue();
        session.recordAttendance(TODAY.plusDays(2), "Esteban", LATER.plusSeconds(60));
        assertThat(session.attendanceRecordedAt()).as("first recorded").isEqualTo(LATER);
        assertThat(session.updatedByName()).isEqualTo("Esteban");
    }

    @Test
    void markingASessionHeldTwiceChangesNothing() {
        MesaSession session = sessions.scheduled(TODAY, TODAY);
        invalid(() -> session.markHeld(TODAY.minusDays(1), "Olga", LATER), "heldOn", "mesas.error.notYetHeld");
        session.markHeld(TODAY, "Olga", LATER);
        session.markHeld(TODAY.minusDays(1), "Esteban", LATER.plusSeconds(60));
        assertThat(session.status()).isEqualTo(SessionStatus.HELD);
        assertThat(session.updatedByName()).isEqualTo("Olga");
        assertThat(session.hasTakenPlace()).as("held, its attendance not recorded").isFalse();
    }

    // ------------------------------------------------------------------ agenda

    @Test
    void anItemIsAddedAtTheEndWithATitleAndTextsWithinTheirLimits() {
        MesaSession session = schedule(slot(TODAY.plusDays(8)));
        invalid(() -> session.addItem(null, " ", null, null, "Olga", LATER), "title", "mesas.error.required.itemTitle");
        invalid(() -> session.addItem(null, null, null, null, "Olga", LATER), "title", "mesas.error.required.itemTitle");
        assertThat(invalid(() -> session.addItem(null, "x".repeat(AgendaItem.MAX_TITLE + 1), null, null, "Olga", LATER),
                "title", "mesas.error.tooLong").arguments()).containsExactly(AgendaItem.MAX_TITLE);
        invalid(() -> session.addItem(null, "CESFAM", "x".repeat(AgendaItem.MAX_DESCRIPTION + 1), null, "Olga", LATER),
                "description", "mesas.error.tooLong");
        invalid(() -> session.addItem(null, "CESFAM", null, "x".repeat(AgendaItem.MAX_TITLE + 1), "Olga", LATER),
                "presenter", "mesas.error.tooLong");
        assertThat(session.agenda()).hasSize(AgendaItemKind.standard().size());

        AgendaItem added = session.addItem(null, " Presentación del CESFAM ", " ", "x".repeat(AgendaItem.MAX_TITLE),
                "Olga", LATER);
        assertThat(added.kind()).isEqualTo(AgendaItemKind.CUSTOM);
        assertThat(added.title()).isEqualTo("Presentación del CESFAM");
        assertThat(added.description()).isNull();
        assertThat(added.presenter()).hasSize(AgendaItem.MAX_TITLE);
        assertThat(added.position()).isEqualTo(AgendaItemKind.standard().size());
        assertThat(session.agenda()).last().isSameAs(added);
        assertThat(session.item(added.id())).isSameAs(added);
    }

    @Test
    void itemsMoveOneStepWithinTheAgendaAndRemovingOneClosesTheGap() {
        MesaSession session = schedule(slot(TODAY.plusDays(8)));
        AgendaItem welcome = item(session, AgendaItemKind.WELCOME);
        AgendaItem flows = item(session, AgendaItemKind.FLOWS);
        session.moveItem(welcome.id(), -1, "Olga", LATER);
        assertThat(session.agenda().get(0)).as("the first stays first").isSameAs(welcome);
        session.moveItem(flows.id(), -1, "Olga", LATER);
        assertThat(session.agenda()).extracting(AgendaItem::kind).startsWith(AgendaItemKind.WELCOME,
                AgendaItemKind.PREVIOUS_MINUTES, AgendaItemKind.FLOWS, AgendaItemKind.AGREEMENTS);
        AgendaItem last = session.agenda().get(session.agenda().size() - 1);
        session.moveItem(last.id(), 1, "Olga", LATER);
        assertThat(session.agenda()).last().as("the last stays last").isSameAs(last);

        session.removeItem(item(session, AgendaItemKind.PREVIOUS_MINUTES).id(), "Olga", LATER);
        assertThat(session.agenda()).extracting(AgendaItem::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(session.itemOfKind(AgendaItemKind.PREVIOUS_MINUTES)).isEmpty();
        assertThat(flows.position()).isEqualTo(1);
    }

    @Test
    void anItemIsRedescribedWithTheSameRulesAndAnUnknownItemIsNotFound() {
        MesaSession session = schedule(slot(TODAY.plusDays(8)));
        AgendaItem welcome = item(session, AgendaItemKind.WELCOME);
        invalid(() -> session.describeItem(welcome.id(), "", null, null, "Olga", LATER), "title",
                "mesas.error.required.itemTitle");
        session.describeItem(welcome.id(), "Bienvenida y presentación", " Ronda de nombres ", " Olga Ortiz ", "Olga",
                LATER);
        assertThat(welcome.title()).isEqualTo("Bienvenida y presentación");
        assertThat(welcome.description()).isEqualTo("Ronda de nombres");
        assertThat(welcome.presenter()).isEqualTo("Olga Ortiz");
        assertThat(welcome.kind()).isEqualTo(AgendaItemKind.WELCOME);

        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> session.describeItem(unknown, "Otro", null, null, "Olga", LATER))
                .isInstanceOf(NotFound.class).hasMessage("error.notFound.agendaItem");
        assertThatThrownBy(() -> session.removeItem(unknown, "Olga", LATER)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> session.writeMinutes(unknown, "Notas", null, "Olga", LATER))
                .isInstanceOf(NotFound.class);
    }

    // ------------------------------------------------------------------ minutes

    @Test
    void minutesAreWrittenPerItemWithinTheLimitEvenBeforeTheSessionIsHeld() {
        MesaSession session = sessions.scheduled(TODAY.plusDays(8), TODAY);
        AgendaItem welcome = item(session, AgendaItemKind.WELCOME);
        String longest = "x".repeat(AgendaItem.MAX_MINUTES_TEXT);
        assertThat(invalid(() -> session.writeMinutes(welcome.id(), longest + "x", null, "Olga", LATER), "notes",
                "mesas.error.tooLong").arguments()).containsExactly(AgendaItem.MAX_MINUTES_TEXT);
        invalid(() -> session.writeMinutes(welcome.id(), null, longest + "x", "Olga", LATER), "decisions",
                "mesas.error.tooLong");

        session.writeMinutes(welcome.id(), longest, " Se acuerda invitar al CESFAM. ", "Olga", LATER);
        assertThat(welcome.notes()).hasSize(AgendaItem.MAX_MINUTES_TEXT);
        assertThat(welcome.decisions()).isEqualTo("Se acuerda invitar al CESFAM.");
        session.writeMinutes(welcome.id(), " ", "", "Olga", LATER);
        assertThat(welcome.notes()).as("emptied").isNull();
        assertThat(welcome.decisions()).isNull();
        assertThat(session.minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
    }

    @Test
    void theMinutesOfASuspendedSessionAreNotWritten() {
        MesaSession session = sessions.scheduled(TODAY.plusDays(8), TODAY);
        session.cancel("Paro de funcionarios", "Olga", LATER);
        conflict(() -> session.writeMinutes(item(session, AgendaItemKind.WELCOME).id(), "Notas", null, "Olga", LATER),
                "mesas.error.sessionCancelled");
        conflict(() -> session.circulateMinutes("Olga", LATER), "mesas.error.minutesOfUnheldSession");
    }

    @Test
    void onlyAHeldSessionsMinutesAreCirculatedAndThenStillCorrected() {
        MesaSession scheduled = sessions.scheduled(TODAY.plusDays(8), TODAY);
        conflict(() -> scheduled.circulateMinutes("Olga", LATER), "mesas.error.minutesOfUnheldSession");
        assertThat(scheduled.minutesStatus()).isEqualTo(MinutesStatus.DRAFT);

        MesaSession held = sessions.held(TODAY.minusDays(7), TODAY);
        held.circulateMinutes("Olga", LATER);
        assertThat(held.minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(held.minutesCirculatedAt()).isEqualTo(LATER);
        assertThat(held.minutesCirculatedBy()).isEqualTo("Olga");
        AgendaItem welcome = item(held, AgendaItemKind.WELCOME);
        held.writeMinutes(welcome.id(), "Corregido tras la lectura.", null, "Esteban", LATER.plusSeconds(60));
        assertThat(welcome.notes()).isEqualTo("Corregido tras la lectura.");
        assertThat(held.minutesStatus()).as("still circulated").isEqualTo(MinutesStatus.CIRCULATED);
        held.circulateMinutes("Esteban", LATER.plusSeconds(120));
        assertThat(held.minutesCirculatedBy()).as("sent again").isEqualTo("Esteban");
    }

    @Test
    void minutesAreApprovedOnceAtALaterSessionAndThenNeverChange() {
        MesaSession first = sessions.held(LocalDate.of(2025, 4, 8), TODAY);
        MesaSession second = sessions.held(LocalDate.of(2025, 5, 13), TODAY);
        AgendaItem welcome = first.agenda().get(0);
        first.writeMinutes(welcome.id(), "Se da la bienvenida.", null, "Olga", LATER);
        assertThat(conflict(() -> first.approveMinutes(second, "La Mesa", null, "Olga", LATER),
                "mesas.error.minutesNotCirculated").arguments()).containsExactly(first.number());
        first.circulateMinutes("Olga", LATER);
        invalid(() -> first.approveMinutes(first, "La Mesa", null, "Olga", LATER), "session",
                "mesas.error.approveAtLaterSession");
        // Held but its attendance not recorded: it has not taken place for the record.
        assertThat(conflict(() -> first.approveMinutes(second, "La Mesa", null, "Olga", LATER),
                "mesaminutes.error.approveBeforeAttendance").arguments()).containsExactly(1, 2, "13-05-2025");
        second.recordAttendance(LocalDate.of(2025, 5, 13), "Olga", LATER);
        invalid(() -> first.approveMinutes(second, " ", null, "Olga", LATER), "approvedBy",
                "mesas.error.required.approvedBy");
        invalid(() -> first.approveMinutes(second, null, null, "Olga", LATER), "approvedBy",
                "mesas.error.required.approvedBy");
        assertThat(first.minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);

        first.approveMinutes(second, " Integrantes presentes, por consenso ", " Se corrige el nombre del CESFAM. ",
                "Olga", LATER);
        assertThat(first.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(first.minutesApprovedBy()).isEqualTo("Integrantes presentes, por consenso");
        assertThat(first.minutesCorrections()).isEqualTo("Se corrige el nombre del CESFAM.");
        assertThat(first.minutesApprovedIn()).isEqualTo(second.id());
        assertThat(first.minutesApprovedOn()).isEqualTo(second.heldOn());
        assertThat(first.minutesApprovedAt()).isEqualTo(LATER);
        assertThat(first.minutesEditable()).isFalse();

        assertThat(conflict(() -> first.approveMinutes(second, "La Mesa", null, "Olga", LATER),
                "mesas.error.minutesAlreadyApproved").arguments()).containsExactly(1);
        assertThat(conflict(() -> first.writeMinutes(welcome.id(), "Otro texto", null, "Olga", LATER),
                "mesas.error.minutesApproved").arguments()).containsExactly(1);
        conflict(() -> first.circulateMinutes("Olga", LATER), "mesas.error.minutesApproved");
        conflict(() -> first.addItem(null, "Tarde", null, null, "Olga", LATER), "mesas.error.minutesApproved");
        conflict(() -> first.describeItem(welcome.id(), "Otro", null, null, "Olga", LATER), "mesas.error.minutesApproved");
        conflict(() -> first.moveItem(welcome.id(), 1, "Olga", LATER), "mesas.error.minutesApproved");
        conflict(() -> first.removeItem(welcome.id(), "Olga", LATER), "mesas.error.minutesApproved");
        assertThat(first.agenda().get(0).notes()).isEqualTo("Se da la bienvenida.");
    }

    @Test
    void blankCorrectionsAreNone() {
        MesaSession first = sessions.held(LocalDate.of(2025, 4, 8), TODAY);
        first.circulateMinutes("Olga", LATER);
        first.approveMinutes(sessions.tookPlace(LocalDate.of(2025, 5, 13)), "La Mesa", "  ", "Olga", LATER);
        assertThat(first.minutesCorrections()).isNull();
    }

    @Test
    void minutesAreApprovedOnlyAtALaterSessionOfTheSameMesa() {
        MesaSession april = sessions.tookPlace(LocalDate.of(2025, 4, 8));
        MesaSession may = sessions.held(LocalDate.of(2025, 5, 13), TODAY);
        may.circulateMinutes("Olga", LATER);
        invalid(() -> may.approveMinutes(april, "La Mesa", null, "Olga", LATER), "session",
                "mesas.error.approveAtLaterSession");
        MesaSession elsewhere = new SessionTestData(MesaTestData.mesa(FOUNDED)).tookPlace(LocalDate.of(2025, 6, 10));
        invalid(() -> may.approveMinutes(elsewhere, "La Mesa", null, "Olga", LATER), "session",
                "mesas.error.approveAtLaterSession");
        assertThat(may.minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(may.minutesApprovedIn()).isNull();
    }
}

package cl.circuito.mesas.sessions;

import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.mesa.MesaTestData;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static cl.circuito.mesas.sessions.SessionTestData.businessDay;
import static cl.circuito.mesas.sessions.SessionTestData.slot;
import static cl.circuito.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a session's date, number and minutes approval, on the aggregate alone: today is Monday 7 December
 * 2026, Tuesday 8 December is a holiday (Inmaculada Concepción), Saturday 12 December a weekend.
 */
class SessionRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 12, 8);
    static final LocalDate SATURDAY = LocalDate.of(2026, 12, 12);
    static final Instant NOW = SessionTestData.NOW;

    private final Mesa mesa = MesaTestData.mesa(LocalDate.of(2024, 3, 1));
    private final SessionTestData sessions = new SessionTestData(mesa);

    private MesaSession schedule(LocalDate on, LocalDate today) {
        return sessions.scheduled(on, today);
    }

    private MesaSession recordHeld(LocalDate on, LocalDate today) {
        return sessions.held(on, today);
    }

    private static void refused(Runnable change, String field, String key) {
        invalid(change::run, field, key);
    }

    @Test
    void aSessionIsScheduledFromTodayOnAndOnlyRecordedAsHeldUpToToday() {
        refused(() -> schedule(TODAY.minusDays(1), TODAY), "heldOn", "mesasessions.error.pastDate");
        refused(() -> recordHeld(TODAY.plusDays(1), TODAY), "heldOn", "mesasessions.error.heldInFuture");
        assertThat(schedule(TODAY, TODAY).status()).isEqualTo(SessionStatus.SCHEDULED);
        MesaSession held = recordHeld(TODAY.minusDays(7), TODAY);
        assertThat(held.status()).isEqualTo(SessionStatus.HELD);
        assertThat(held.hasTakenPlace()).as("held, but its attendance not yet recorded").isFalse();
        refused(() -> recordHeld(mesa.foundedOn().minusDays(1), TODAY), "heldOn", "mesas.error.beforeFounding");
    }

    @Test
    void aDateMoreThanTwoYearsAheadIsRefusedAndTheLastOneAllowedIsTaken() {
        LocalDate latest = TODAY.plusYears(2);
        refused(() -> schedule(latest.plusDays(1), TODAY), "heldOn", "mesasessions.error.tooFarAhead");
        refused(() -> schedule(LocalDate.of(3001, 1, 13), TODAY), "heldOn", "mesasessions.error.tooFarAhead");
        assertThat(schedule(latest, TODAY).heldOn()).isEqualTo(latest);
    }

    @Test
    void aWeekendOrAHolidayNeedsAConfirmationAndTheRefusalSaysWhichDayItIs() {
        SessionDateCheck holiday = new SessionDateCheck(TODAY, false, "Inmaculada Concepción", false);
        assertThatThrownBy(() -> MesaSession.schedule(mesa, slot(HOLIDAY), holiday, Object::toString, "Olga", NOW))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> {
                    MesaRuleViolation v = (MesaRuleViolation) e;
                    assertThat(v.field()).isEqualTo("heldOn");
                    assertThat(v.messageKey()).isEqualTo("mesasessions.error.holiday");
                    assertThat(v.arguments()).containsExactly("08-12-2026", "Inmaculada Concepción");
                    assertThat(v.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                });
        SessionDateCheck weekend = new SessionDateCheck(TODAY, false, null, false);
        assertThatThrownBy(() -> MesaSession.schedule(mesa, slot(SATURDAY), weekend, Object::toString, "Olga", NOW))
                .satisfies(e -> assertThat(((MesaRuleViolation) e).arguments()).containsExactly("12-12-2026", "sábado"));
        assertThat(SessionPlanning.asksConfirmation("mesasessions.error.weekend")).isTrue();
        assertThat(SessionPlanning.asksConfirmation("mesasessions.error.pastDate")).isFalse();

        MesaSession confirmed = MesaSession.schedule(mesa, slot(HOLIDAY),
                new SessionDateCheck(TODAY, false, "Inmaculada Concepción", true), Object::toString, "Olga", NOW);
        assertThat(confirmed.heldOn()).isEqualTo(HOLIDAY);
        // Moving only its time or place keeps the date accepted; a new date is judged again.
        confirmed.reschedule(mesa, new MesaSession.Slot(HOLIDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), "Salón"),
                holiday, "Olga", NOW);
        assertThat(confirmed.place()).isEqualTo("Salón");
        refused(() -> confirmed.reschedule(mesa, slot(SATURDAY), weekend, "Olga", NOW), "heldOn",
                "mesasessions.error.weekend");
        refused(() -> confirmed.reschedule(mesa, slot(TODAY.minusDays(3)), businessDay(TODAY), "Olga", NOW), "heldOn",
                "mesasessions.error.pastDate");
        refused(() -> confirmed.reschedule(mesa, slot(TODAY.plusYears(3)), businessDay(TODAY), "Olga", NOW), "heldOn",
                "mesasessions.error.tooFarAhead");
        assertThat(confirmed.heldOn()).isEqualTo(HOLIDAY);
    }

    @Test
    void aSessionBetweenTwoOthersTakesItsPlaceAndTheLaterOnesNotYetHeldMoveUp() {
        MesaSession january = schedule(LocalDate.of(2027, 1, 12), TODAY);
        MesaSession march = schedule(LocalDate.of(2027, 3, 9), TODAY);
        assertThat(List.of(january.number(), march.number())).containsExactly(1, 2);
        int marchSequence = march.icsSequence();

        MesaSession february = MesaSession.schedule(mesa, slot(LocalDate.of(2027, 2, 9)), businessDay(TODAY),
                Object::toString, "Olga", NOW);
        Map<MesaSession, Integer> renumbered = sessions.place(february);
        assertThat(List.of(january.number(), february.number(), march.number())).containsExactly(1, 2, 3);
        assertThat(renumbered).containsExactly(Map.entry(march, 2));
        assertThat(march.icsSequence()).as("its convocation owes an update: the title carries the number")
                .isEqualTo(marchSequence + 1);

        // Moved past March, January gives up its place: numbers follow the dates again.
        january.reschedule(mesa, slot(LocalDate.of(2027, 4, 13)), businessDay(TODAY), "Olga", NOW);
        sessions.place(january);
        assertThat(List.of(february.number(), march.number(), january.number())).containsExactly(1, 2, 3);
    }

    @Test
    void twoSessionsOfAMesaNeverShareADateExceptASuspendedOne() {
        MesaSession first = schedule(LocalDate.of(2027, 1, 12), TODAY);
        refused(() -> schedule(LocalDate.of(2027, 1, 12), TODAY), "heldOn", "mesasessions.error.dateTaken");
        first.cancel("Paro de funcionarios", "Olga", NOW);
        MesaSession replacement = schedule(LocalDate.of(2027, 1, 12), TODAY);
        assertThat(List.of(first.number(), replacement.number())).as("the suspended one first: it was convened first")
                .containsExactly(1, 2);
    }

    @Test
    void aHeldSessionKeepsItsNumberSoNoDateMayMoveIt() {
        MesaSession stale = schedule(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 2));
        MesaSession held = recordHeld(LocalDate.of(2026, 11, 24), TODAY);
        assertThat(List.of(stale.number(), held.number())).containsExactly(1, 2);

        assertThatThrownBy(() -> recordHeld(LocalDate.of(2026, 11, 17), TODAY))
                .satisfies(e -> {
                    MesaRuleViolation v = (MesaRuleViolation) e;
                    assertThat(v.field()).isEqualTo("heldOn");
                    assertThat(v.messageKey()).isEqualTo("mesasessions.error.beforeHeldSession");
                    assertThat(v.arguments()).containsExactly(2, "24-11-2026");
                });
        // The stale session (never held) cannot jump over the held one either: that would renumber it.
        stale.reschedule(mesa, slot(LocalDate.of(2026, 12, 15)), businessDay(TODAY), "Olga", NOW);
        refused(() -> sessions.place(stale), "heldOn", "mesasessions.error.movesPastHeldSession");
        assertThat(held.number()).isEqualTo(2);
        assertThatThrownBy(() -> held.numberAs(1)).isInstanceOf(MesaRuleViolation.class)
                .hasMessage("mesasessions.error.heldNumberFixed");
    }

    @Test
    void minutesAreApprovedOnlyAtASessionThatTookPlaceAndCarryItsDate() {
        MesaSession thirteenth = recordHeld(LocalDate.of(2026, 11, 24), TODAY);
        thirteenth.recordAttendance(TODAY, "Olga", NOW);
        thirteenth.circulateMinutes("Olga", NOW);
        LocalDate january = LocalDate.of(2027, 1, 12);
        MesaSession fourteenth = schedule(january, TODAY);

        // In December, at a session dated in January: refused, with the session and its date in the reason.
        assertThatThrownBy(() -> thirteenth.approveMinutes(fourteenth, "La Mesa", null, "Olga", NOW))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> {
                    MesaRuleViolation v = (MesaRuleViolation) e;
                    assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(v.messageKey()).isEqualTo("mesaminutes.error.approveAtUnheldSession");
                    assertThat(v.arguments()).containsExactly(thirteenth.number(), fourteenth.number(), "12-01-2027");
                });
        assertThatThrownBy(() -> fourteenth.recordAttendance(TODAY, "Olga", NOW))
                .hasMessage("mesas.error.notYetHeld");
        assertThat(thirteenth.minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);

        // Marked held on its day but without its attendance: not yet.
        fourteenth.markHeld(january, "Olga", NOW);
        assertThatThrownBy(() -> thirteenth.approveMinutes(fourteenth, "La Mesa", null, "Olga", NOW))
                .hasMessage("mesaminutes.error.approveBeforeAttendance");
        // With the attendance recorded, approved; dated on the session, not on when it was typed.
        fourteenth.recordAttendance(january, "Olga", NOW);
        thirteenth.approveMinutes(fourteenth, "Integrantes presentes, por consenso", null, "Olga",
                Instant.parse("2027-01-15T12:00:00Z"));
        assertThat(thirteenth.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(thirteenth.minutesApprovedOn()).isEqualTo(january);
        assertThat(thirteenth.minutesApprovedIn()).isEqualTo(fourteenth.id());
    }
}

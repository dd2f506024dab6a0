package cl.circuito.waitinglist.entry;

import cl.circuito.shared.DomainException;
import cl.circuito.waitinglist.ExitReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static cl.circuito.waitinglist.entry.AReferral.NOW;
import static cl.circuito.waitinglist.entry.AReferral.RECEIVED;
import static cl.circuito.waitinglist.entry.AReferral.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dates an entry's record states must be possible together: exits (and "turned 18" by the birth date),
 * the admission interview and the admission, each at the edges of its rule.
 */
class EntryDateRulesTests {

    private final Staff director = new Staff(UUID.randomUUID(), "Directora");

    private WaitingListEntry aReferral() {
        return AReferral.by(director);
    }

    // ---------------------------------------------------------------- exits

    @Test
    void turned18IsAcceptedWhenTheEighteenthBirthdayIsTheExitDate() {
        WaitingListEntry entry = aReferral();

        entry.exit(ExitReason.TURNED_18, TODAY, "Cumple 18 años", TODAY.minusYears(18), null, TODAY, director, NOW);

        assertThat(entry.exitReason()).isEqualTo(ExitReason.TURNED_18);
        assertThat(entry.exitedOn()).isEqualTo(TODAY);
        assertThat(entry.exitAgeOverride()).isNull();
    }

    @Test
    void turned18TheDayBeforeTheBirthdayIsRefusedOnTheExitDate() {
        WaitingListEntry entry = aReferral();
        LocalDate born = TODAY.minusYears(18);

        assertRefused(() -> entry.exit(ExitReason.TURNED_18, TODAY.minusDays(1), "Cumple 18 años", born, null, TODAY,
                director, NOW), "exitedOn", "error.exit.before18");
        assertThat(entry.isOpen()).isTrue();
    }

    @Test
    void turned18IsRefusedOnTheReasonWhenTheChildIsNot18Yet() {
        WaitingListEntry entry = aReferral();
        LocalDate born = TODAY.minusYears(18).plusDays(1);

        assertThatThrownBy(() -> entry.exit(ExitReason.TURNED_18, TODAY, "Cumple 18 años", born, null, TODAY, director,
                NOW)).isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("exitReason");
                    assertThat(e.messageKey()).isEqualTo("error.exit.notYet18");
                    assertThat(e.arguments()).containsExactly("02-10-2026", "02-10-2008");
                });
        assertRefused(() -> entry.exit(ExitReason.TURNED_18, TODAY, "Cumple 18 años", LocalDate.of(2016, 5, 5), null,
                TODAY, director, NOW), "exitReason", "error.exit.notYet18");
    }

    @Test
    void turned18WithoutABirthDateNeedsAWrittenReasonWhichIsKept() {
        WaitingListEntry entry = aReferral();

        assertRefused(() -> entry.exit(ExitReason.TURNED_18, TODAY, "Cumple 18 años", null, " ", TODAY, director, NOW),
                "ageOverrideReason", "error.exit.birthDateUnknown");
        entry.exit(ExitReason.TURNED_18, TODAY, "Cumple 18 años", null, "Cédula de identidad vista en la visita",
                TODAY, director, NOW);

        assertThat(entry.exitAgeOverride()).isEqualTo("Cédula de identidad vista en la visita");
    }

    @Test
    void theRegisteredBirthDateCannotBeOverridden() {
        WaitingListEntry entry = aReferral();

        assertRefused(() -> entry.exit(ExitReason.TURNED_18, TODAY, "Cumple 18 años", LocalDate.of(2012, 1, 1),
                "El tribunal informa que es mayor", TODAY, director, NOW), "ageOverrideReason",
                "error.exit.overrideWithBirthDate");
    }

    @Test
    void otherExitsNeedNoBirthDateAndKeepNoOverride() {
        WaitingListEntry entry = aReferral();

        entry.exit(ExitReason.WITHDRAWN, TODAY, "La familia desiste", null, "texto sin objeto", TODAY, director, NOW);

        assertThat(entry.exitAgeOverride()).isNull();
    }

    @Test
    void anExitMayBeDatedOnTheReceiptDateButNotTheDayBeforeNorTomorrow() {
        assertRefused(() -> aReferral().exit(ExitReason.WITHDRAWN, RECEIVED.minusDays(1), "Desiste", null, null, TODAY,
                director, NOW), "exitedOn", "error.entry.dateBeforeReceipt");
        assertRefused(() -> aReferral().exit(ExitReason.WITHDRAWN, TODAY.plusDays(1), "Desiste", null, null, TODAY,
                director, NOW), "exitedOn", "error.entry.dateInFuture");
        assertRefused(() -> aReferral().exit(ExitReason.TURNED_18, RECEIVED.minusDays(1), "Cumple 18",
                RECEIVED.minusDays(1).minusYears(18), null, TODAY, director, NOW), "exitedOn",
                "error.entry.dateBeforeReceipt");

        WaitingListEntry entry = aReferral();
        entry.exit(ExitReason.DUPLICATE, RECEIVED, "Registrada dos veces", null, null, TODAY, director, NOW);
        assertThat(entry.exitedOn()).isEqualTo(RECEIVED);
    }

    @Test
    void anExitCannotPrecedeTheDecisionItFollows() {
        WaitingListEntry entry = aReferral();
        entry.declareEligible(RECEIVED.plusDays(5), null, TODAY, director, NOW);

        assertRefused(() -> entry.exit(ExitReason.WITHDRAWN, RECEIVED.plusDays(4), "Desiste", null, null, TODAY,
                director, NOW), "exitedOn", "error.exit.beforeDecision");
        entry.exit(ExitReason.WITHDRAWN, RECEIVED.plusDays(5), "Desiste", null, null, TODAY, director, NOW);
        assertThat(entry.isOpen()).isFalse();
    }

    // ---------------------------------------------------------------- admission

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** Eligible on 15-09, scheduled on 01-10 for November. */
    private WaitingListEntry scheduledForNovember() {
        WaitingListEntry entry = aReferral();
        entry.declareEligible(RECEIVED.plusDays(5), null, TODAY, director, NOW);
        entry.scheduleAdmission(NOVEMBER, null, TODAY, director, NOW);
        return entry;
    }

    /** @return the day it was held, which the admission rests on */
    private static LocalDate interview(WaitingListEntry entry, LocalDate heldOn, LocalDate today) {
        entry.interviewed(heldOn, null, "Pasaje Uno 123", today, new Staff(UUID.randomUUID(), "Dupla"),
                NOW.plusSeconds(60));
        return heldOn;
    }

    @Test
    void theInterviewCannotPrecedeTheScheduling() {
        WaitingListEntry entry = scheduledForNovember();

        assertThat(entry.scheduledOn()).isEqualTo(TODAY);
        assertRefused(() -> interview(entry, TODAY.minusDays(1), TODAY), "heldOn",
                "admission.error.interviewBeforeScheduling");
        assertRefused(() -> interview(entry, TODAY.plusDays(1), TODAY), "heldOn", "error.entry.dateInFuture");
        interview(entry, TODAY, TODAY);
        assertThat(entry.timeline()).extracting(EntryEvent::kind).contains(EntryEventKind.ADMISSION_INTERVIEW);
    }

    @Test
    void theAdmissionIsOnTheFirstDayOfTheScheduledMonthAtTheEarliest() {
        WaitingListEntry entry = scheduledForNovember();
        LocalDate interviewed = interview(entry, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 20));
        LocalDate november = NOVEMBER.atDay(1);

        assertThatThrownBy(() -> entry.admit(november.minusDays(1), interviewed, november, director,
                NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("admittedOn");
                    assertThat(e.messageKey()).isEqualTo("admission.error.admittedBeforeScheduledMonth");
                    assertThat(e.arguments()).containsExactly("noviembre de 2026", "01-11-2026");
                });
        assertThat(entry.isScheduled()).isTrue();

        entry.admit(november, interviewed, november, director, NOW.plusSeconds(120));
        assertThat(entry.exitReason()).isEqualTo(ExitReason.ADMITTED);
        assertThat(entry.exitedOn()).isEqualTo(november);
    }

    @Test
    void theAdmissionFollowsTheInterviewAndIsNeverInTheFuture() {
        WaitingListEntry entry = scheduledForNovember();
        LocalDate lateNovember = LocalDate.of(2026, 11, 20);

        assertRefused(() -> entry.admit(LocalDate.of(2026, 11, 3), null, lateNovember, director, NOW),
                "admittedOn", "admission.error.noInterview");
        LocalDate interviewed = interview(entry, LocalDate.of(2026, 11, 10), lateNovember);
        assertRefused(() -> entry.admit(LocalDate.of(2026, 11, 9), interviewed, lateNovember, director, NOW),
                "admittedOn", "admission.error.admittedBeforeInterview");
        assertRefused(() -> entry.admit(lateNovember.plusDays(1), interviewed, lateNovember, director, NOW),
                "admittedOn", "admission.error.admittedInFuture");

        entry.admit(LocalDate.of(2026, 11, 10), interviewed, lateNovember, director, NOW);
        assertThat(entry.exitedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void aLaterAdmissionThanTheScheduledMonthIsAccepted() {
        WaitingListEntry entry = scheduledForNovember();
        LocalDate january = LocalDate.of(2027, 1, 8);
        LocalDate interviewed = interview(entry, LocalDate.of(2026, 12, 28), january);

        entry.admit(january, interviewed, january, director, NOW);

        assertThat(entry.exitedOn()).isEqualTo(january);
    }

    private static void assertRefused(Executable call, String field, String key) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}

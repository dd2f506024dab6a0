package cl.circuito.waitinglist.entry;

import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.SenainfoState;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cl.circuito.waitinglist.entry.AReferral.NOW;
import static cl.circuito.waitinglist.entry.AReferral.RECEIVED;
import static cl.circuito.waitinglist.entry.AReferral.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SENAINFO's steps of I-SGC-01 on the entry: entered once, removed once and only when not eligible. */
class SenainfoStepsTests {

    private final Staff director = new Staff(UUID.randomUUID(), "Directora");

    @Test
    void aReferralIsPendingInSenainfoUntilEnteredAndIsEnteredOnce() {
        WaitingListEntry entry = AReferral.by(director);
        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.PENDING_ENTRY);
        assertThat(entry.senainfoState().isPending()).isTrue();

        entry.enteredInSenainfo(RECEIVED.plusDays(1), TODAY, director, NOW);

        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.ENTERED);
        assertThat(entry.senainfoEnteredOn()).isEqualTo(RECEIVED.plusDays(1));
        assertThat(entry.senainfoEnteredByName()).isEqualTo("Directora");
        assertThat(entry.timeline()).extracting(EntryEvent::kind).contains(EntryEventKind.SENAINFO_ENTERED);
        assertThatThrownBy(() -> entry.enteredInSenainfo(TODAY, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("senainfo.error.alreadyEntered");
                    assertThat(e.field()).isEqualTo("senainfoStep");
                });
        assertThat(entry.senainfoEnteredOn()).isEqualTo(RECEIVED.plusDays(1));
    }

    @Test
    void theEntryIsDatedBetweenReceiptAndToday() {
        WaitingListEntry entry = AReferral.by(director);

        assertThatThrownBy(() -> entry.enteredInSenainfo(RECEIVED.minusDays(1), TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("error.entry.dateBeforeReceipt");
                    assertThat(e.field()).isEqualTo("senainfoOn");
                });
        assertThatThrownBy(() -> entry.enteredInSenainfo(TODAY.plusDays(1), TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class,
                        e -> assertThat(e.getMessage()).isEqualTo("error.entry.dateInFuture"));
        assertThatThrownBy(() -> entry.enteredInSenainfo(null, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> assertThat(e.field()).isEqualTo("senainfoOn"));
        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.PENDING_ENTRY);
    }

    @Test
    void onlyANotEligibleChildAlreadyEnteredIsRemovedNotBeforeTheDecision() {
        WaitingListEntry eligible = AReferral.by(director);
        eligible.enteredInSenainfo(RECEIVED, TODAY, director, NOW);
        eligible.declareEligible(RECEIVED.plusDays(2), null, TODAY, director, NOW);
        assertThatThrownBy(() -> eligible.removedFromSenainfo(TODAY, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class,
                        e -> assertThat(e.getMessage()).isEqualTo("senainfo.error.removeOnlyNotEligible"));

        WaitingListEntry entry = AReferral.by(director);
        entry.declareNotEligible(RECEIVED.plusDays(5), "Perfil preventivo", null, "PPF", TODAY, director, NOW);
        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.PENDING_REMOVAL);
        assertThatThrownBy(() -> entry.removedFromSenainfo(TODAY, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class,
                        e -> assertThat(e.getMessage()).isEqualTo("senainfo.error.removeNotEntered"));

        entry.enteredInSenainfo(RECEIVED, TODAY, director, NOW);
        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.PENDING_REMOVAL);
        assertThatThrownBy(() -> entry.removedFromSenainfo(RECEIVED.plusDays(4), TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("senainfo.error.removedBeforeDecision");
                    assertThat(e.field()).isEqualTo("senainfoOn");
                });

        entry.removedFromSenainfo(RECEIVED.plusDays(5), TODAY, director, NOW);

        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.REMOVED);
        assertThat(entry.senainfoRemovedOn()).isEqualTo(RECEIVED.plusDays(5));
        assertThat(entry.timeline()).extracting(EntryEvent::kind).contains(EntryEventKind.SENAINFO_REMOVED);
        assertThatThrownBy(() -> entry.removedFromSenainfo(TODAY, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class,
                        e -> assertThat(e.getMessage()).isEqualTo("senainfo.error.alreadyRemoved"));
    }

    @Test
    void reopeningARemovedChildMakesBothStepsPendingAgain() {
        WaitingListEntry entry = AReferral.by(director);
        entry.enteredInSenainfo(RECEIVED, TODAY, director, NOW);
        entry.declareNotEligible(RECEIVED.plusDays(5), "Perfil preventivo", null, "PPF", TODAY, director, NOW);
        entry.removedFromSenainfo(RECEIVED.plusDays(6), TODAY, director, NOW);

        entry.reopenDecision("El tribunal aporta nuevos antecedentes", TODAY, director, NOW);

        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.PENDING_ENTRY);
        assertThat(entry.senainfoEnteredOn()).isNull();
        assertThat(entry.senainfoRemovedOn()).isNull();
        assertThat(entry.timeline()).extracting(EntryEvent::kind)
                .contains(EntryEventKind.SENAINFO_ENTERED, EntryEventKind.SENAINFO_REMOVED);
    }

    @Test
    void otherExitsLeaveNothingPending() {
        WaitingListEntry entry = AReferral.by(director);
        entry.declareEligible(RECEIVED.plusDays(2), null, TODAY, director, NOW);
        entry.exit(ExitReason.WITHDRAWN, RECEIVED.plusDays(8), "La familia desiste", null, null, TODAY, director, NOW);

        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.NOT_RECORDED);
        assertThat(entry.senainfoState().isPending()).isFalse();
        assertThatThrownBy(() -> entry.enteredInSenainfo(RECEIVED.plusDays(9), TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class,
                        e -> assertThat(e.getMessage()).isEqualTo("senainfo.error.enteredAfterExit"));
        entry.enteredInSenainfo(RECEIVED, TODAY, director, NOW);
        assertThat(entry.senainfoState()).isEqualTo(SenainfoState.ENTERED);
    }
}

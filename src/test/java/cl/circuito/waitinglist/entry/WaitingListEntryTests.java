package cl.circuito.waitinglist.entry;

import cl.circuito.shared.Versions;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.waitinglist.entry.AReferral.NOW;
import static cl.circuito.waitinglist.entry.AReferral.RECEIVED;
import static cl.circuito.waitinglist.entry.AReferral.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingListEntryTests {

    private final Staff director = new Staff(UUID.randomUUID(), "Directora");

    private WaitingListEntry aReferral() {
        return AReferral.by(director);
    }

    @Test
    void aNewReferralAwaitsItsAdmissibilityDecisionWithATimeline() {
        WaitingListEntry entry = aReferral();

        assertThat(entry.status()).isEqualTo(EntryStatus.UNDER_REVIEW);
        assertThat(entry.timeline()).extracting(EntryEvent::kind).containsExactly(EntryEventKind.REFERRAL_RECEIVED);
    }

    @Test
    void tenBusinessDaysWithSufficientBackgroundTwentyWithout() {
        assertThat(WaitingListEntry.businessDaysToDecide(true)).isEqualTo(10);
        assertThat(WaitingListEntry.businessDaysToDecide(false)).isEqualTo(20);
    }

    @Test
    void declaredEligibleWaitsAndCannotBeDecidedTwice() {
        WaitingListEntry entry = aReferral();
        entry.declareEligible(TODAY, "Cumple perfil", TODAY, director, NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.WAITING);
        assertThat(entry.decidedByName()).isEqualTo("Directora");
        assertThatThrownBy(() -> entry.declareNotEligible(TODAY, "x", null, "PPF", TODAY, director, NOW))
                .isInstanceOf(EntryRuleViolation.class)
                .hasMessage("error.entry.transition.decide");
    }

    @Test
    void notEligibleRequiresAReasonAndThePertinentProgramAndLeavesTheList() {
        WaitingListEntry entry = aReferral();

        assertThatThrownBy(() -> entry.declareNotEligible(TODAY, " ", null, "PPF", TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> entry.declareNotEligible(TODAY, "Perfil preventivo", null, " ", TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> assertThat(e.field()).isEqualTo("pertinentProgram"));
        assertThat(entry.status()).isEqualTo(EntryStatus.UNDER_REVIEW);

        entry.declareNotEligible(TODAY, "Perfil preventivo", null, "PPF Los Aromos", TODAY, director, NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.EXITED);
        assertThat(entry.exitReason()).isEqualTo(ExitReason.NOT_ELIGIBLE);
        assertThat(entry.pertinentProgramName()).isEqualTo("PPF Los Aromos");
    }

    @Test
    void disposingErasesTheChildAndTheTextsOnlyOnceTheChildLeftTheListAndOnlyOnce() {
        WaitingListEntry entry = aReferral();
        entry.recordBackgroundAction(BackgroundActionKind.HOME_VISIT, TODAY, director, "Vive con su abuela", TODAY,
                director, NOW);

        assertThatThrownBy(() -> entry.dispose(TODAY)).isInstanceOf(EntryRuleViolation.class)
                .hasMessage("error.entry.transition.dispose");

        entry.declareNotEligible(TODAY, "Perfil preventivo", null, "PPF Los Aromos", TODAY, director, NOW);
        entry.dispose(TODAY);

        assertThat(entry.isDisposed()).isTrue();
        assertThat(entry.childId()).isNull();
        assertThat(entry.courtRit()).isNull();
        assertThat(entry.referralReason()).isNull();
        assertThat(entry.decisionNotes()).isNull();
        assertThat(entry.timeline()).hasSize(3).allSatisfy(event -> {
            assertThat(event.notes()).isNull();
            assertThat(event.detail()).isNull();
        });
        assertThat(entry.exitReason()).isEqualTo(ExitReason.NOT_ELIGIBLE);
        assertThat(entry.pertinentProgramName()).isEqualTo("PPF Los Aromos");
        assertThat(entry.receivedOn()).isEqualTo(RECEIVED);
        assertThatThrownBy(() -> entry.dispose(TODAY)).isInstanceOf(EntryRuleViolation.class)
                .hasMessage("error.entry.alreadyDisposed");
    }

    @Test
    void reopeningNeedsAReasonAndReturnsToReviewKeepingTheDeadline() {
        WaitingListEntry entry = aReferral();
        entry.declareNotEligible(TODAY, "Perfil preventivo", null, "PPF", TODAY, director, NOW);

        assertThatThrownBy(() -> entry.reopenDecision("", TODAY, director, NOW)).isInstanceOf(EntryRuleViolation.class);
        entry.reopenDecision("El tribunal aporta nuevos antecedentes", TODAY, director, NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.UNDER_REVIEW);
        assertThat(entry.exitReason()).isNull();
        assertThat(entry.admissibilityDueOn()).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(entry.timeline()).extracting(EntryEvent::kind).contains(EntryEventKind.DECISION_REOPENED);
    }

    @Test
    void anEntryUnderReviewCannotBeReopened() {
        assertThatThrownBy(() -> aReferral().reopenDecision("motivo", TODAY, director, NOW))
                .hasMessage("error.entry.transition.reopen");
    }

    @Test
    void exitsNeedAReasonAndOnlyHappenOnce() {
        WaitingListEntry entry = aReferral();

        assertThatThrownBy(() -> entry.exit(ExitReason.NOT_ELIGIBLE, TODAY, "x", null, null, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> assertThat(e.field()).isEqualTo("exitReason"));
        assertThatThrownBy(() -> entry.exit(ExitReason.WITHDRAWN, TODAY, "", null, null, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> assertThat(e.field()).isEqualTo("notes"));

        entry.exit(ExitReason.FAMILY_MOVED, TODAY, "Se trasladan a Temuco", null, null, TODAY, director, NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.EXITED);
        assertThat(entry.exitedByName()).isEqualTo("Directora");
        assertThatThrownBy(() -> entry.exit(ExitReason.WITHDRAWN, TODAY, "otra", null, null, TODAY, director, NOW))
                .hasMessage("error.entry.transition.exit");
        assertThatThrownBy(() -> entry.recordBackgroundAction(BackgroundActionKind.OTHER, TODAY, director, null,
                TODAY, director, NOW)).hasMessage("error.entry.transition.backgroundAction");
    }

    @Test
    void datesCannotBeInTheFutureNorBeforeReceipt() {
        WaitingListEntry entry = aReferral();

        assertThatThrownBy(() -> entry.declareEligible(TODAY.plusDays(1), null, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("decidedOn");
                    assertThat(e.messageKey()).isEqualTo("error.entry.dateInFuture");
                });
        assertThatThrownBy(() -> entry.recordBackgroundAction(BackgroundActionKind.HOME_VISIT, RECEIVED.minusDays(1),
                director, null, TODAY, director, NOW))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("performedOn");
                    assertThat(e.messageKey()).isEqualTo("error.entry.dateBeforeReceipt");
                });
    }

    @Test
    void changingSufficiencyRecordsWhyAndTheNewDeadline() {
        WaitingListEntry entry = aReferral();

        entry.changeBackgroundSufficiency(false, LocalDate.of(2026, 10, 9), "Falta informe pericial", TODAY, director,
                NOW);

        assertThat(entry.backgroundSufficient()).isFalse();
        assertThat(entry.admissibilityDueOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(entry.timeline()).filteredOn(e -> e.kind() == EntryEventKind.BACKGROUND_SUFFICIENCY_CHANGED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.notes()).isEqualTo("Falta informe pericial");
                    assertThat(e.detail()).isEqualTo("25-09-2026 → 09-10-2026");
                });
        assertThatThrownBy(() -> entry.changeBackgroundSufficiency(false, TODAY, "otra vez", TODAY, director, NOW))
                .hasMessage("error.entry.sufficiencyUnchanged");
    }

    @Test
    void aFormBasedOnAnOlderVersionIsRefused() {
        WaitingListEntry entry = aReferral();
        entry.requireVersion(0L);
        assertThatThrownBy(() -> entry.requireVersion(3L)).isInstanceOfSatisfying(Versions.Stale.class, e -> {
            assertThat(e.status().value()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("error.concurrentEdit");
        });
        // A form that does not say which version it was based on protects nothing: refused, naming the field.
        assertThatThrownBy(() -> entry.requireVersion(null)).isInstanceOfSatisfying(Versions.Missing.class, e -> {
            assertThat(e.status().value()).isEqualTo(422);
            assertThat(e.field()).isEqualTo("version");
            assertThat(e.messageKey()).isEqualTo("error.version.missing");
        });
    }

    @Test
    void aManualPlaceInTheRankingIsForgottenWhenTheChildLeavesTheWaitingChildren() {
        WaitingListEntry entry = aReferral();
        entry.declareEligible(TODAY, null, TODAY, director, NOW);
        entry.placeInRanking(1, 3, 5, "Riesgo alto informado por el colegio", TODAY, director, NOW);
        assertThat(entry.manualPosition()).isEqualTo(1);

        entry.reopenDecision("Nuevos antecedentes", TODAY, director, NOW);
        entry.declareEligible(TODAY, null, TODAY, director, NOW);

        assertThat(entry.manualPosition()).isNull();
        assertThat(entry.manualPositionReason()).isNull();
    }
}

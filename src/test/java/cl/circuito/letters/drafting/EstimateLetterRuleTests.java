package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.LetterSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.letters.drafting.EstimateLetterRule.Action.DISCARD_PENDING;
import static cl.circuito.letters.drafting.EstimateLetterRule.Action.DRAFT_FIRST;
import static cl.circuito.letters.drafting.EstimateLetterRule.Action.DRAFT_UPDATE;
import static cl.circuito.letters.drafting.EstimateLetterRule.Action.NOTHING;
import static cl.circuito.letters.drafting.EstimateLetterRule.Action.REFRESH;
import static org.assertj.core.api.Assertions.assertThat;

class EstimateLetterRuleTests {

    static final LocalDate STATED = LocalDate.of(2027, 3, 1);
    final LetterSettings thirtyDays = LetterSettings.defaultsFor(UUID.randomUUID());

    @Test
    void theFirstEstimateDraftsTheFirstLetterAndAPendingOneFollowsTheEstimate() {
        assertThat(EstimateLetterRule.decide(null, false, null, STATED, thirtyDays)).isEqualTo(DRAFT_FIRST);
        assertThat(EstimateLetterRule.decide(null, true, STATED, STATED.plusDays(3), thirtyDays)).isEqualTo(REFRESH);
        assertThat(EstimateLetterRule.decide(null, true, STATED, STATED, thirtyDays)).isEqualTo(NOTHING);
    }

    @Test
    void anUpdateNeedsTheDateToMoveAtLeastTheThresholdFromWhatWasStatedEitherWay() {
        assertThat(EstimateLetterRule.decide(STATED, false, null, STATED.plusDays(29), thirtyDays)).isEqualTo(NOTHING);
        assertThat(EstimateLetterRule.decide(STATED, false, null, STATED.plusDays(30), thirtyDays)).isEqualTo(DRAFT_UPDATE);
        assertThat(EstimateLetterRule.decide(STATED, false, null, STATED.minusDays(30), thirtyDays)).isEqualTo(DRAFT_UPDATE);
        assertThat(EstimateLetterRule.decide(STATED, false, null, STATED, thirtyDays)).isEqualTo(NOTHING);
    }

    @Test
    void aPendingUpdateFollowsTheEstimateAndIsDiscardedWhenTheDateComesBackNearTheStatedOne() {
        LocalDate pending = STATED.plusDays(40);
        assertThat(EstimateLetterRule.decide(STATED, true, pending, STATED.plusDays(60), thirtyDays)).isEqualTo(REFRESH);
        assertThat(EstimateLetterRule.decide(STATED, true, pending, pending, thirtyDays)).isEqualTo(NOTHING);
        assertThat(EstimateLetterRule.decide(STATED, true, pending, STATED.plusDays(5), thirtyDays))
                .isEqualTo(DISCARD_PENDING);
    }
}

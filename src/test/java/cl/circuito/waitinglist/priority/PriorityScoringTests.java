package cl.circuito.waitinglist.priority;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorityScoringTests {

    private static final List<Integer> TWENTY = IntStream.rangeClosed(1, 20).boxed().toList();

    /** The first {@code present} descriptors present, the next {@code noData} without data, the rest absent. */
    private static Map<Integer, PriorityAnswer> answers(int present, int noData) {
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int n = 1; n <= 20; n++) {
            answers.put(n, n <= present ? PriorityAnswer.PRESENT
                    : n <= present + noData ? PriorityAnswer.NO_DATA : PriorityAnswer.ABSENT);
        }
        return answers;
    }

    @Test
    void theScoreIsTheNumberOfDescriptorsPresent() {
        PriorityScoring.Result result = PriorityScoring.score(TWENTY, answers(7, 0), 5);

        assertThat(result.score()).isEqualTo(7);
        assertThat(result.noDataCount()).isZero();
    }

    @Test
    void aScoreEqualToTheCutIsPriorityOneAndOneBelowIsPriorityTwo() {
        assertThat(PriorityScoring.score(TWENTY, answers(5, 0), 5).priority()).isEqualTo(1);
        assertThat(PriorityScoring.score(TWENTY, answers(4, 0), 5).priority()).isEqualTo(2);
        assertThat(PriorityScoring.score(TWENTY, answers(20, 0), 20).priority()).isEqualTo(1);
        assertThat(PriorityScoring.score(TWENTY, answers(0, 0), 1).priority()).isEqualTo(2);
    }

    @Test
    void noDataCountsNothingButIsCounted() {
        PriorityScoring.Result result = PriorityScoring.score(TWENTY, answers(4, 6), 5);

        assertThat(result.score()).isEqualTo(4);
        assertThat(result.noDataCount()).isEqualTo(6);
        assertThat(result.priority()).isEqualTo(2);
    }

    @Test
    void aCutOutsideOneToTheItemCountIsRefusedOnTheCutField() {
        assertThatThrownBy(() -> PriorityScoring.score(TWENTY, answers(3, 0), 0))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("cut");
                    assertThat(e.messageKey()).isEqualTo("priority.error.cutOutOfRange");
                });
        assertThatThrownBy(() -> PriorityScoring.score(TWENTY, answers(3, 0), 21))
                .isInstanceOf(PriorityRuleViolation.class);
        assertThatThrownBy(() -> PriorityScoring.requireCutWithin("defaultCut", null, 20))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.field()).isEqualTo("defaultCut"));
    }

    @Test
    void everyDescriptorMustBeAnsweredAndTheMissingOnesAreNamed() {
        Map<Integer, PriorityAnswer> partial = answers(3, 0);
        partial.remove(7);
        partial.remove(13);

        assertThatThrownBy(() -> PriorityScoring.score(TWENTY, partial, 5))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("answers");
                    assertThat(e.unansweredItems()).containsExactly(7, 13);
                });
    }

    @Test
    void anAnswerForADescriptorTheInstrumentLacksIsRefused() {
        Map<Integer, PriorityAnswer> extra = answers(3, 0);
        extra.put(21, PriorityAnswer.PRESENT);

        assertThatThrownBy(() -> PriorityScoring.score(TWENTY, extra, 5))
                .isInstanceOfSatisfying(PriorityRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("priority.error.unknownItem"));
    }
}

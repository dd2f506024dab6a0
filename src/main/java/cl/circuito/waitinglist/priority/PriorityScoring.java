package cl.circuito.waitinglist.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The guide's arithmetic (I-SGC-01, annex 1): one point per descriptor present; "no data" and absent
 * count nothing. Priority 1 when the score reaches the program's cut, Priority 2 otherwise.
 */
public final class PriorityScoring {

    static final int PRIORITY_1 = 1;
    static final int PRIORITY_2 = 2;

    private PriorityScoring() {
    }

    record Result(int score, int noDataCount, int priority) {
    }

    /**
     * @param itemNumbers the instrument's descriptor numbers
     * @param answers     one answer per descriptor number; every descriptor must be answered
     */
    static Result score(List<Integer> itemNumbers, Map<Integer, PriorityAnswer> answers, int cut) {
        Map<Integer, PriorityAnswer> given = answers == null ? Map.of() : answers;
        for (Integer number : given.keySet()) {
            if (number == null || !itemNumbers.contains(number)) {
                throw PriorityRuleViolation.invalid("answers", "priority.error.unknownItem", String.valueOf(number));
            }
        }
        List<Integer> unanswered = new ArrayList<>();
        int score = 0;
        int noData = 0;
        for (int number : itemNumbers) {
            PriorityAnswer answer = given.get(number);
            if (answer == null) {
                unanswered.add(number);
            } else if (answer == PriorityAnswer.PRESENT) {
                score++;
            } else if (answer == PriorityAnswer.NO_DATA) {
                noData++;
            }
        }
        if (!unanswered.isEmpty()) {
            throw PriorityRuleViolation.unanswered(unanswered);
        }
        requireCutWithin("cut", cut, itemNumbers.size());
        return new Result(score, noData, score >= cut ? PRIORITY_1 : PRIORITY_2);
    }

    /** A cut of 0 would put every child in Priority 1, one above the item count none: both mean nothing. */
    static void requireCutWithin(String field, Integer cut, int itemCount) {
        if (cut == null) {
            throw PriorityRuleViolation.invalid(field, "priority.error.required");
        }
        if (cut < 1 || cut > itemCount) {
            throw PriorityRuleViolation.invalid(field, "priority.error.cutOutOfRange", itemCount);
        }
    }

    public static boolean isPriority(Integer value) {
        return value != null && (value == PRIORITY_1 || value == PRIORITY_2);
    }
}

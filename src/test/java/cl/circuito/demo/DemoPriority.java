package cl.circuito.demo;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies the priority guide to the demo's waiting children with invented answers: a mix of Priority 1
 * and 2, some descriptors without data, and one override with its reason.
 */
@Component
class DemoPriority {

    /** Descriptors present and without data, per waiting child in turn (default cut: 5). */
    private static final int[][] PATTERNS = {{7, 0}, {3, 2}, {5, 1}, {2, 0}, {9, 3}, {4, 4}, {6, 0}, {1, 2}};
    private static final int ITEMS = 20;

    private final PriorityAssessments assessments;

    DemoPriority(PriorityAssessments assessments) {
        this.assessments = assessments;
    }

    /** A child declared eligible on {@code decidedOn}: the guide is applied a couple of days later. */
    record Eligible(UUID id, LocalDate decidedOn) {
    }

    /** @param overrideOne whether to override the second child's result, as a director would with a reason */
    void assessWaiting(Actor director, List<Eligible> waiting, boolean overrideOne, DemoVersions versions) {
        for (int i = 0; i < waiting.size(); i++) {
            Eligible entry = waiting.get(i);
            int[] pattern = PATTERNS[i % PATTERNS.length];
            assessments.assess(director, entry.id(), versions.entry(entry.id()), entry.decidedOn().plusDays(2), answers(i, pattern[0],
                    pattern[1]), pattern[1] > 0 ? "Faltan informes del establecimiento y del CESFAM." : null, false);
            if (overrideOne && i == 1) {
                assessments.override(director, entry.id(), versions.entry(entry.id()), 1,
                        "El hermano menor convive con el agresor; se adelanta su ingreso por riesgo para ambos.");
            }
        }
    }

    /** Different descriptors for each child: a window that starts further along the guide each time. */
    private static Map<Integer, PriorityAnswer> answers(int child, int present, int noData) {
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int n = 1; n <= ITEMS; n++) {
            answers.put(n, PriorityAnswer.ABSENT);
        }
        for (int k = 0; k < present + noData; k++) {
            int item = (child * 3 + k) % ITEMS + 1;
            answers.put(item, k < present ? PriorityAnswer.PRESENT : PriorityAnswer.NO_DATA);
        }
        return answers;
    }
}

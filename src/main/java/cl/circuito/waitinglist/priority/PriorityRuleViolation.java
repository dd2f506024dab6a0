package cl.circuito.waitinglist.priority;

import cl.circuito.shared.DomainException;
import cl.circuito.waitinglist.EntryStatus;
import org.springframework.http.HttpStatus;

import java.util.List;

/** A rule of the priority guide refused a change; nothing was saved. */
public class PriorityRuleViolation extends DomainException {

    private final List<Integer> unansweredItems;

    private PriorityRuleViolation(HttpStatus status, String key, String field, List<Integer> unansweredItems,
                                  Object... args) {
        super(status, key, field, args);
        this.unansweredItems = List.copyOf(unansweredItems);
    }

    /** A value breaks a rule (a cut out of range, an empty group): 422 on that field. */
    public static PriorityRuleViolation invalid(String field, String key, Object... args) {
        return new PriorityRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, List.of(), args);
    }

    /** The entry is not waiting (under review or gone): the guide applies only to eligible children. 409. */
    public static PriorityRuleViolation notAssessable(String verb, EntryStatus status) {
        return new PriorityRuleViolation(HttpStatus.CONFLICT, "priority.error.transition." + verb + "." + status.name(),
                null, List.of());
    }

    public static PriorityRuleViolation conflict(String key, Object... args) {
        return new PriorityRuleViolation(HttpStatus.CONFLICT, key, null, List.of(), args);
    }

    static PriorityRuleViolation notFound(String what) {
        return new PriorityRuleViolation(HttpStatus.NOT_FOUND, "priority.error.notFound." + what, null, List.of());
    }

    /** Every descriptor must be marked; the form marks each of these next to its row. */
    static PriorityRuleViolation unanswered(List<Integer> itemNumbers) {
        String numbers = String.join(", ", itemNumbers.stream().map(String::valueOf).toList());
        return new PriorityRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "priority.error.unanswered", "answers",
                itemNumbers, numbers);
    }

    /** The descriptors left unmarked, when that is what this refusal is about; empty otherwise. */
    public List<Integer> unansweredItems() {
        return unansweredItems;
    }
}

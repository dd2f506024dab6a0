package cl.circuito.waitinglist.entry;

import cl.circuito.shared.DomainException;
import cl.circuito.waitinglist.EntryStatus;
import org.springframework.http.HttpStatus;

/** A waiting-list rule refused a change; nothing was saved. */
public class EntryRuleViolation extends DomainException {

    private EntryRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** The entry is not in a state that allows this verb (e.g. deciding twice): 409. */
    static EntryRuleViolation illegalTransition(String verb, EntryStatus status) {
        return new EntryRuleViolation(HttpStatus.CONFLICT, "error.entry.transition." + verb, null,
                status.name());
    }

    /** The entry is not in a state that allows this verb, said by the capability's own key: 409. */
    static EntryRuleViolation refused(String key) {
        return new EntryRuleViolation(HttpStatus.CONFLICT, key, null);
    }

    /** A value breaks a rule of the entry (a date before receipt, a missing reason): 422 on that field. */
    static EntryRuleViolation invalid(String field, String key, Object... args) {
        return new EntryRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

}

package cl.circuito.letters.drafting;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A rule about letters refused a change; nothing was saved. Messages: {@code letters.error.*}. */
public class LetterRuleViolation extends DomainException {

    private LetterRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** A value breaks a rule (a required field empty, an unknown template field): 422 on that field. */
    public static LetterRuleViolation invalid(String field, String key, Object... args) {
        return new LetterRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }


    /** The letter is not in a state that allows this (editing an issued letter): 409. */
    static LetterRuleViolation conflict(String key, Object... args) {
        return new LetterRuleViolation(HttpStatus.CONFLICT, key, null, args);
    }

    /** As {@link #conflict}, about one field of the request (the letters chosen for disposal): 409 on that field. */
    public static LetterRuleViolation conflictOn(String field, String key, Object... args) {
        return new LetterRuleViolation(HttpStatus.CONFLICT, key, field, args);
    }
}

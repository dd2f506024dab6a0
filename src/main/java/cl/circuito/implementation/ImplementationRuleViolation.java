package cl.circuito.implementation;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A value the monitoring refuses (a year out of range, a threshold worse than its amber, an unknown region). */
public class ImplementationRuleViolation extends DomainException {

    private ImplementationRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    public static ImplementationRuleViolation invalid(String field, String key, Object... args) {
        return new ImplementationRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** A code that names nothing (a region, an indicator): 404 on that field. */
    public static ImplementationRuleViolation unknown(String field, String key, Object... args) {
        return new ImplementationRuleViolation(HttpStatus.NOT_FOUND, key, field, args);
    }
}

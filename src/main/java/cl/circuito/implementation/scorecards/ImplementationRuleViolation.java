package cl.circuito.implementation.scorecards;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A value the monitoring, the reflections or the report refuse (a year out of range, a threshold worse than its
 * amber, a semester not yet started, an unknown region); nothing was saved. Messages: {@code implementation.error.*},
 * {@code reflections.error.*}, {@code report.error.*}.
 */
public class ImplementationRuleViolation extends DomainException {

    private ImplementationRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    public static ImplementationRuleViolation invalid(String field, String key, Object... args) {
        return new ImplementationRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** Not there, or out of the asker's scope: both look the same (404). */
    public static ImplementationRuleViolation notFound(String key) {
        return new ImplementationRuleViolation(HttpStatus.NOT_FOUND, key, null);
    }

    /** A code that names nothing (a region, an indicator): 404 on that field. */
    public static ImplementationRuleViolation unknown(String field, String key, Object... args) {
        return new ImplementationRuleViolation(HttpStatus.NOT_FOUND, key, field, args);
    }
}

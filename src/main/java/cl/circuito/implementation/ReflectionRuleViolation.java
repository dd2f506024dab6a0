package cl.circuito.implementation;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A rule about reflections, notes or the report refused a request; nothing was saved. Messages: {@code reflections.error.*}, {@code report.error.*}. */
public class ReflectionRuleViolation extends DomainException {

    private ReflectionRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** A value breaks a rule: 422 on that field. */
    public static ReflectionRuleViolation invalid(String field, String key, Object... args) {
        return new ReflectionRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** Not there, or out of the asker's scope: both look the same (404). */
    public static ReflectionRuleViolation notFound(String key) {
        return new ReflectionRuleViolation(HttpStatus.NOT_FOUND, key, null);
    }
}

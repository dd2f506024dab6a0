package cl.circuito.circuit.capacity;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A capacity question that cannot be answered: a value out of range (422 on its field), an area out of reach (404). */
class CapacityRuleViolation extends DomainException {

    private CapacityRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    static CapacityRuleViolation invalid(String field, String key, Object... args) {
        return new CapacityRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** Outside the asker's scope or unknown: both look the same from outside. */
    static CapacityRuleViolation areaNotFound() {
        return new CapacityRuleViolation(HttpStatus.NOT_FOUND, "capacity.error.areaNotFound", "area");
    }
}

package cl.circuito.circuit.flows;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A question about the circuit that cannot be answered: a bad period (422 on its field), a comuna out of reach (404). */
class CircuitRuleViolation extends DomainException {

    private CircuitRuleViolation(HttpStatus status, String key, String field) {
        super(status, key, field);
    }

    static CircuitRuleViolation invalid(String field, String key) {
        return new CircuitRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field);
    }

    /** Outside the asker's scope or unknown: both look the same from outside. */
    static CircuitRuleViolation comunaNotFound() {
        return new CircuitRuleViolation(HttpStatus.NOT_FOUND, "circuit.error.comunaNotFound", "comuna");
    }
}

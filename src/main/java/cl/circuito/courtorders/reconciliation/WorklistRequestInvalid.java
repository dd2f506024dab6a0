package cl.circuito.courtorders.reconciliation;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A worklist asked with a parameter out of its range: 422, naming the parameter. */
class WorklistRequestInvalid extends DomainException {

    WorklistRequestInvalid(String field, String messageKey, Object... arguments) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, field, arguments);
    }
}

package cl.circuito.documents.exports;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A document was asked for with a parameter it cannot honour: 400, naming the parameter. */
class DocumentRequestInvalid extends DomainException {

    DocumentRequestInvalid(String field, String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, field, arguments);
    }
}

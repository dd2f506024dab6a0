package cl.circuito.retention.disposal;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A disposal asked without what it needs (records chosen, a reason): nothing was changed. 422 on the field. */
class RetentionRefused extends DomainException {

    RetentionRefused(String field, String key, Object... args) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }
}

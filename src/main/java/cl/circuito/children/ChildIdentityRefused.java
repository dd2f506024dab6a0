package cl.circuito.children;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A correction of a child's identity that would break the registry (e.g. a RUT of another child). */
class ChildIdentityRefused extends DomainException {

    ChildIdentityRefused(String field, String key) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, key, field);
    }
}

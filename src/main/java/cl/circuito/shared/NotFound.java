package cl.circuito.shared;

import org.springframework.http.HttpStatus;

/**
 * A record does not exist, or exists outside the asker's scope: both look the same from outside.
 */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super(HttpStatus.NOT_FOUND, "error.notFound." + what, null);
    }
}

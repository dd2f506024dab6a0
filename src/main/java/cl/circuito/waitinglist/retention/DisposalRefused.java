package cl.circuito.waitinglist.retention;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A disposal of the waiting list's records was refused; nothing was disposed of. */
public class DisposalRefused extends DomainException {

    private DisposalRefused(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** A chosen record is not due, or was already disposed of: 409 on the choice. */
    static DisposalRefused notDisposable(String key, Object... args) {
        return new DisposalRefused(HttpStatus.CONFLICT, key, "recordIds", args);
    }
}

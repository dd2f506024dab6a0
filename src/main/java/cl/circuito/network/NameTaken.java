package cl.circuito.network;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** Another record of the same kind already has this name (names are unique, ignoring case). */
final class NameTaken extends DomainException {

    NameTaken(String what) {
        super(HttpStatus.CONFLICT, "error.network.nameTaken." + what, "name");
    }
}

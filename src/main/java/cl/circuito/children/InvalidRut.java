package cl.circuito.children;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

class InvalidRut extends DomainException {

    public InvalidRut() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "error.rut.invalid", "rut");
    }
}

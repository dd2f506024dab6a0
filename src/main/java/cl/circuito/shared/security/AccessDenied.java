package cl.circuito.shared.security;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

public class AccessDenied extends DomainException {

    public AccessDenied(Permission permission) {
        super(HttpStatus.FORBIDDEN, "error.forbidden", null, permission.name());
    }
}

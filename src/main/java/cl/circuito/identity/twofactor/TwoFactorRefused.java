package cl.circuito.identity.twofactor;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A code that is not right (or not fit for the step), said on the form's code field. */
public class TwoFactorRefused extends DomainException {

    TwoFactorRefused(String messageKey) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, "code");
    }
}

package cl.circuito.mesas.sessions;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The mail server refused or did not answer: nothing was recorded as sent, the user may try again later (503). */
class MailUnavailable extends DomainException {

    MailUnavailable() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "mesasessions.error.mailUnavailable", null);
    }
}

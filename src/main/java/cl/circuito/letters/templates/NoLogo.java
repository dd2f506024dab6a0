package cl.circuito.letters.templates;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The institution's letterhead has no logo to show: 404. */
class NoLogo extends DomainException {

    NoLogo() {
        super(HttpStatus.NOT_FOUND, "lettertemplates.error.noLogo", null);
    }
}

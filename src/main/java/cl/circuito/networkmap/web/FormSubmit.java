package cl.circuito.networkmap.web;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * One form submission, as the Mesa pages do it: a binding error or a rule about a value is shown next to its
 * field with what the user typed (400/422); a Mesa out of reach, a missing right or a stale form go to the error
 * page (404/403/409).
 */
final class FormSubmit {

    private FormSubmit() {
    }

    /** @return true when the change was made; false when the page must be shown again with the errors */
    static boolean tried(BindingResult result, HttpServletResponse response, Runnable change) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return false;
        }
        try {
            change.run();
            return true;
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN
                    || e.status() == HttpStatus.CONFLICT) {
                throw e;
            }
            FormErrors.reject(result, e);
            response.setStatus(e.status().value());
            return false;
        }
    }
}

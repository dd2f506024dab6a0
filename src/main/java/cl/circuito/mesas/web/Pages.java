package cl.circuito.mesas.web;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** A refusal about a field goes next to it (422, the form re-rendered); a missing, forbidden or stale record is a whole-page error. */
final class Pages {

    private Pages() {
    }

    static void rejectOrThrow(BindingResult result, DomainException e, HttpServletResponse response) {
        if (e.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
            throw e;
        }
        FormErrors.reject(result, e);
        response.setStatus(e.status().value());
    }
}

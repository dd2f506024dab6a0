package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One form submission: a binding error or a rule about a value is shown next to its field with what the user
 * typed (400/422); a record out of reach, a missing right or a stale form go to the error page (404/403/409).
 */
public final class FormSubmit {

    private FormSubmit() {
    }

    /** @return true when the change was made; false when the page must be shown again with the errors */
    public static boolean tried(BindingResult result, HttpServletResponse response, Runnable change) {
        return attempted(result, response, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #tried}, keeping what the change returns (the session scheduled, to go to it). */
    public static <T> Optional<T> attempted(BindingResult result, HttpServletResponse response, Supplier<T> change) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (DomainException e) {
            // A conflict on a field (a name already taken) is the user's to fix on the form; one on the whole
            // record (someone changed it meanwhile) has the page of its own that says to reload.
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN
                    || e.status() == HttpStatus.CONFLICT && e.field() == null) {
                throw e;
            }
            FormErrors.reject(result, e);
            response.setStatus(e.status().value());
            return Optional.empty();
        }
    }
}

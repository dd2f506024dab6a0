package cl.circuito.mesas.web;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one way a form of the minutes and agreements pages runs its use case: done, back to the page with a
 * message (POST-redirect-GET); refused by a rule, the page again with the refusal's status, what the user typed
 * and the Spanish error next to the field. Out of reach (404, 403) and stale forms (409) are whole-page errors.
 * Shared: the minutes page ({@code sessions.web}) and the agreements pages ({@code agreements.web}) run the same
 * agreement forms through it, so it lives above both.
 */
@Component
public class MesaFormRunner {

    private final Messages messages;

    MesaFormRunner(Messages messages) {
        this.messages = messages;
    }

    public String run(String form, UUID target, Object values, BindingResult binding, Model model,
               HttpServletResponse response, RedirectAttributes redirect, String redirectTo,
               Supplier<String> useCase, Supplier<String> page) {
        Map<String, String> errors = new LinkedHashMap<>();
        String global = null;
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (binding.hasErrors()) {
            // A value that did not convert (a date that is not one) gets the format message; a rule on the text
            // (no RUT) its own, which says why.
            for (FieldError error : binding.getFieldErrors()) {
                String message = error.isBindingFailure() ? messages.get("mesaminutes.error.format") : messages.get(error);
                errors.put(error.getField(), message);
                global = global == null ? message : global;
            }
            global = global == null ? messages.get("mesaminutes.error.format") : global;
        } else {
            try {
                redirect.addFlashAttribute("success", useCase.get());
                return "redirect:" + redirectTo;
            } catch (DomainException e) {
                if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                    throw e;
                }
                status = e.status();
                String message = messages.get(e.messageKey(), e.arguments());
                if (e.field() != null) {
                    errors.put(e.field(), message);
                }
                global = message;
            }
        }
        response.setStatus(status.value());
        model.addAttribute("failure", new FormFailure(form, target, values, errors, global));
        model.addAttribute("error", global);
        return page.get();
    }
}

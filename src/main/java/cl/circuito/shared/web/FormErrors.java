package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import java.util.Map;

/**
 * Puts a business rule's refusal next to the form field it is about, so the page re-renders with the
 * user's input and a Spanish message where they need to look.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException e) {
        reject(result, e, Map.of());
    }

    /** @param fieldNames how the service's field names map to this form's, where they differ */
    public static void reject(BindingResult result, DomainException e, Map<String, String> fieldNames) {
        String field = e.field() == null ? null : fieldNames.getOrDefault(e.field(), e.field());
        if (field != null && result.getTarget() != null && new BeanWrapperImpl(result.getTarget()).isReadableProperty(field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}

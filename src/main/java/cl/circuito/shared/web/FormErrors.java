package cl.circuito.shared.web;

import cl.circuito.shared.DomainException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * Puts a business error on the form it came from, so the page re-renders with what the user typed
 * and the Spanish message next to the field the rule is about.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Next to {@link DomainException#field()} when the form has that field; at the top of the form otherwise. */
    public static void reject(BindingResult result, DomainException e) {
        reject(result, e, e.field());
    }

    /** As {@link #reject(BindingResult, DomainException)}, for a form that names the field differently. */
    public static void reject(BindingResult result, DomainException e, String field) {
        Object target = result.getTarget();
        if (field != null && target != null
                && PropertyAccessorFactory.forBeanPropertyAccess(target).isReadableProperty(field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}

package cl.circuito.shared.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A refused form on a page that holds many forms of the same kind (one per agenda item, one per agreement, one per
 * row): which form and which record it was for, what the user typed, and the errors by field. The page shows that
 * one form again with the values and the errors next to the fields; the others as they were. Made by
 * {@link FormSubmit#oneOf}.
 *
 * @param errors the message next to each field
 * @param global what went wrong, in one message: the whole form's error, else the first field's
 */
public record FormFailure(String form, UUID target, BindingResult binding, Map<String, String> errors, String global) {

    static FormFailure of(String form, UUID target, BindingResult binding, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.get(error));
        }
        ObjectError first = binding.hasGlobalErrors() ? binding.getGlobalError() : binding.getFieldError();
        return new FormFailure(form, target, binding, errors, first == null ? null : messages.get(first));
    }

    /** Whether this is the form named so, for that record (any record, when {@code target} is null). */
    public boolean is(String form, UUID target) {
        return this.form.equals(form) && (target == null || target.equals(this.target));
    }

    /** The form as bound. */
    public Object values() {
        return binding.getTarget();
    }

    /** What the user typed in a field, also when it did not convert (a place that is not a number). */
    public Object typed(String field) {
        return binding.getFieldValue(field);
    }

    /** The message next to a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }
}

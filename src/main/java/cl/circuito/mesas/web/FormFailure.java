package cl.circuito.mesas.web;

import java.util.Map;
import java.util.UUID;

/**
 * A refused form on a page that holds many forms of the same kind (one per agenda item, one per agreement): which
 * form and which record it was for, what the user typed, and the errors by field. The page shows that one form
 * again with the values and the errors next to the fields; the others as they were. Shared with {@link
 * MesaFormRunner}, which the minutes and the agreements pages both use.
 */
public record FormFailure(String form, UUID target, Object values, Map<String, String> errors, String global) {

    public boolean is(String form, UUID target) {
        return this.form.equals(form) && (target == null || target.equals(this.target));
    }

    public String error(String field) {
        return errors.get(field);
    }
}

package cl.circuito.calendar.holidays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message argument that the bundles resolve to the field's label ("legalBasis" → "Fundamento legal"), the way
 * Bean Validation messages name their field; the bare field name if the bundles have no label for it.
 */
final class FieldLabel {

    private FieldLabel() {
    }

    static MessageSourceResolvable of(String field) {
        return new DefaultMessageSourceResolvable(new String[] {field}, field);
    }
}

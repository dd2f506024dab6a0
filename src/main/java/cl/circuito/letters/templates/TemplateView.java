package cl.circuito.letters.templates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A template as an institution's admin sees it.
 *
 * @param own     whether the institution has its own text; otherwise it uses the default ("Texto por defecto")
 * @param version the own text's version, which an edit must send back; null while the default is in use
 *                (an edit then creates the institution's own copy)
 * @param salutation printed before the body, outside it ("" for none)
 * @param closing    printed after the body (and a list letter's table), outside it ("" for none)
 * @param fields  the fields the kind may use, in the order the editor lists them
 */
public record TemplateView(UUID institutionId, TemplateKind kind, boolean own, Long version, String subject,
                           String salutation, String body, String closing, Instant updatedAt, String updatedByName,
                           List<TemplateField> fields) {

    static TemplateView of(UUID institutionId, LetterTemplate template) {
        boolean own = template.institutionId() != null;
        return new TemplateView(institutionId, template.kind(), own, own ? template.version() : null,
                template.subject(), template.salutation(), template.body(), template.closing(),
                own ? template.updatedAt() : null, own ? template.updatedByName() : null,
                TemplateField.allUsableIn(template.kind()));
    }
}

package cl.circuito.letters.templates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Which template a letter starts from, and filling it: the institution's own, else the default. */
@Service
@Transactional(readOnly = true)
public class LetterTemplates {

    private final LetterTemplateRecords records;

    LetterTemplates(LetterTemplateRecords records) {
        this.records = records;
    }

    /**
     * What a new draft gets: the subject, the salutation and closing around the editable body, and the facts the
     * text states (each field written in the template, with the value it was filled with; null when unknown).
     */
    public record Filled(String subject, String salutation, String body, String closing, Map<String, String> facts) {
    }

    public Filled fill(TemplateKind kind, UUID institutionId, Map<TemplateField, String> values) {
        LetterTemplate template = effective(kind, institutionId);
        return new Filled(TemplateText.fill(template.subject(), values), template.salutation(),
                TemplateText.fill(template.body(), values), template.closing(),
                TemplateText.stated(template.subject() + "\n" + template.body(), values));
    }

    /** The template in force for the institution: its own if its admin edited one, else the default. */
    public LetterTemplate effective(TemplateKind kind, UUID institutionId) {
        Optional<LetterTemplate> own = institutionId == null ? Optional.empty()
                : records.findByInstitutionIdAndKind(institutionId, kind);
        return own.orElseGet(() -> records.findDefault(kind)
                .orElseThrow(() -> new IllegalStateException("No default template for " + kind)));
    }
}

package cl.circuito.letters;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
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

    /** The subject and body a new draft gets. */
    public record Filled(String subject, String body) {
    }

    public Filled fill(TemplateKind kind, UUID institutionId, Map<TemplateField, String> values) {
        LetterTemplate template = effective(kind, institutionId);
        return new Filled(TemplateText.fill(template.subject(), values), TemplateText.fill(template.body(), values));
    }

    /** The template in force for the institution: its own if its admin edited one, else the default. */
    public LetterTemplate effective(TemplateKind kind, UUID institutionId) {
        Optional<LetterTemplate> own = institutionId == null ? Optional.empty()
                : records.findByInstitutionIdAndKind(institutionId, kind);
        return own.orElseGet(() -> records.findDefault(kind)
                .orElseThrow(() -> new IllegalStateException("No default template for " + kind)));
    }
}

interface LetterTemplateRecords extends JpaRepository<LetterTemplate, UUID> {

    Optional<LetterTemplate> findByInstitutionIdAndKind(UUID institutionId, TemplateKind kind);

    @Query("select t from LetterTemplate t where t.institutionId is null and t.kind = ?1")
    Optional<LetterTemplate> findDefault(TemplateKind kind);

    List<LetterTemplate> findByInstitutionId(UUID institutionId);

    /** The default text of every kind. */
    @Query("select t from LetterTemplate t where t.institutionId is null")
    List<LetterTemplate> findDefaults();
}

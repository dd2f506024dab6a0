package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.shared.Versions;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The text a kind of letter starts from: the default (no institution) or an institution's own. Editing an
 * institution's template never changes letters already drafted: a draft holds its own copy of the text.
 */
@Entity
@Table(name = "letter_template")
class LetterTemplate {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID institutionId;
    @Enumerated(EnumType.STRING)
    private TemplateKind kind;
    private String subject;
    /** Printed before the body ("De mi consideración:"); empty for none. */
    private String salutation = "";
    private String body;
    /** Printed after the body and a list letter's table ("Sin otro particular, saluda atentamente a usted,"). */
    private String closing = "";
    private Instant updatedAt;
    private String updatedByName;

    protected LetterTemplate() {
    }

    /** The most a salutation or a closing holds: a line. */
    static final int MAX_FRAME = 300;

    /** An institution's own template, starting from the text given (usually the default's). */
    static LetterTemplate forInstitution(UUID institutionId, TemplateKind kind, String subject, String salutation,
                                         String body, String closing, String byName, Instant now) {
        LetterTemplate template = new LetterTemplate();
        template.id = UUID.randomUUID();
        template.institutionId = institutionId;
        template.kind = kind;
        template.revise(subject, salutation, body, closing, byName, now);
        return template;
    }

    /**
     * New text; a field the kind may not use is refused (the admin's editor names it). The salutation and the
     * closing are plain lines (no fields), each optional.
     */
    void revise(String subject, String salutation, String body, String closing, String byName, Instant now) {
        this.salutation = frame("salutation", salutation);
        this.closing = frame("closing", closing);
        reviseText(subject, body, byName, now);
    }

    private static String frame(String field, String text) {
        String line = text == null ? "" : text.strip();
        if (line.length() > MAX_FRAME) {
            throw LetterRuleViolation.invalid(field, "lettertemplates.error.tooLong", MAX_FRAME);
        }
        if (line.contains("\n")) {
            throw LetterRuleViolation.invalid(field, "lettertemplates.error.frameOneLine");
        }
        if (!TemplateText.placeholdersIn(line).isEmpty()) {
            throw LetterRuleViolation.invalid(field, "lettertemplates.error.frameFields");
        }
        return line;
    }

    private void reviseText(String subject, String body, String byName, Instant now) {
        if (subject == null || subject.isBlank()) {
            throw LetterRuleViolation.invalid("subject", "letters.error.required.subject");
        }
        if (body == null || body.isBlank()) {
            throw LetterRuleViolation.invalid("body", "letters.error.required.body");
        }
        for (String text : new String[]{subject, body}) {
            var wrong = TemplateText.notUsableIn(kind, text);
            if (!wrong.isEmpty()) {
                throw LetterRuleViolation.invalid(text == subject ? "subject" : "body",
                        "letters.error.template.unknownField", "{{" + String.join("}}, {{", wrong) + "}}");
            }
        }
        this.subject = subject.strip();
        this.body = body.strip();
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    void requireVersion(Long expected) {
        Versions.require(version, expected, "letters.error.changedMeanwhile");
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** Null for the default template. */
    public UUID institutionId() {
        return institutionId;
    }

    public TemplateKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String salutation() {
        return salutation == null ? "" : salutation;
    }

    public String closing() {
        return closing == null ? "" : closing;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}

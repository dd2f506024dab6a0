package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.shared.Versions;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cl.circuito.audit.AuditField.CLOSING;
import static cl.circuito.audit.AuditField.KIND;
import static cl.circuito.audit.AuditField.LETTER_SUBJECT;
import static cl.circuito.audit.AuditField.ORIGIN;
import static cl.circuito.audit.AuditField.SALUTATION;
import static cl.circuito.audit.AuditField.TEXT;

/**
 * The administrator's letter templates, per institution: each of the {@link TemplateKind}s is either the
 * institution's own text or the default. The first edit makes the institution's own copy; restoring the
 * default deletes it. Letters already drafted keep their own text, whatever happens here.
 * Every use case requires {@link Permission#MANAGE_LETTER_TEMPLATES}.
 */
@Service
public class TemplateAdministration {

    static final String SUBJECT = "LETTER_TEMPLATE";
    /** The database column's size (letter_template.subject). */
    static final int MAX_SUBJECT = 300;
    /** Many pages of text: a longer body is surely a paste gone wrong. */
    static final int MAX_BODY = 20_000;

    private final LetterTemplateRecords templates;
    private final LetterTemplates effective;
    private final LetterInstitutions institutions;
    private final TemplateSamples samples;
    private final LetterDocument document;
    private final AuditTrail audit;
    private final Clock clock;

    TemplateAdministration(LetterTemplateRecords templates, LetterTemplates effective, LetterInstitutions institutions,
                           TemplateSamples samples, LetterDocument document, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.effective = effective;
        this.institutions = institutions;
        this.samples = samples;
        this.document = document;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of institutions by name (accents and case ignored), with what each customised. */
    @Transactional(readOnly = true)
    public Page<InstitutionLetters> institutions(Actor actor, String text, Pageable pageable) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        return institutions.search(text, pageable);
    }

    /** The institution's name; {@link cl.circuito.shared.NotFound} when there is none. */
    @Transactional(readOnly = true)
    public String institutionName(Actor actor, UUID institutionId) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        return institutions.name(institutionId);
    }

    /** The institution's template of every kind, in the kinds' order. */
    @Transactional(readOnly = true)
    public List<TemplateView> templates(Actor actor, UUID institutionId) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        institutions.name(institutionId);
        Map<TemplateKind, LetterTemplate> own = templates.findByInstitutionId(institutionId).stream()
                .collect(Collectors.toMap(LetterTemplate::kind, Function.identity()));
        Map<TemplateKind, LetterTemplate> defaults = templates.findDefaults().stream()
                .collect(Collectors.toMap(LetterTemplate::kind, Function.identity()));
        return Arrays.stream(TemplateKind.values())
                .map(kind -> TemplateView.of(institutionId, own.getOrDefault(kind, defaults.get(kind))))
                .toList();
    }

    @Transactional(readOnly = true)
    public TemplateView template(Actor actor, UUID institutionId, TemplateKind kind) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        institutions.name(institutionId);
        return TemplateView.of(institutionId, effective.effective(kind, institutionId));
    }

    /**
     * New text for the institution's template of this kind.
     *
     * @param version the version of the institution's own text the edit started from, or null when it started
     *                from the default; a mismatch (someone saved or restored meanwhile) is a 409
     * @throws LetterRuleViolation naming {@code subject} or {@code body}: empty, too long, or using a field the
     *                             kind may not use (the message names it)
     */
    @Transactional
    public TemplateView revise(Actor actor, UUID institutionId, TemplateKind kind, Long version, String subject,
                               String body) {
        return revise(actor, institutionId, kind, version, subject, null, body, null);
    }

    /**
     * As {@link #revise(Actor, UUID, TemplateKind, Long, String, String)}, with the salutation and the closing
     * that frame the body (one line each, no fields; empty: none). A null salutation or closing keeps the one the
     * template has.
     */
    @Transactional
    public TemplateView revise(Actor actor, UUID institutionId, TemplateKind kind, Long version, String subject,
                               String salutation, String body, String closing) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        institutions.name(institutionId);
        requireLength("subject", subject, MAX_SUBJECT);
        requireLength("body", body, MAX_BODY);
        Optional<LetterTemplate> own = templates.findByInstitutionIdAndKind(institutionId, kind);
        requireVersion(own, version);
        LetterTemplate before = own.orElseGet(() -> effective.effective(kind, null));
        String subjectBefore = before.subject();
        String salutationBefore = before.salutation();
        String bodyBefore = before.body();
        String closingBefore = before.closing();
        String newSalutation = salutation == null ? salutationBefore : salutation;
        String newClosing = closing == null ? closingBefore : closing;
        LetterTemplate template;
        if (own.isPresent()) {
            template = own.get();
            template.revise(subject, newSalutation, body, newClosing, actor.displayName(), clock.instant());
        } else {
            template = LetterTemplate.forInstitution(institutionId, kind, subject, newSalutation, body, newClosing,
                    actor.displayName(), clock.instant());
        }
        template = templates.saveAndFlush(template);
        audit.changed(actor, own.isPresent() ? AuditAction.CHANGED : AuditAction.CREATED, subject(institutionId),
                "lettertemplates.audit.revised", AuditDetails.of(KIND, kind)
                        .with(ORIGIN, own.isPresent() ? "texto propio" : "texto por defecto")
                        .withChange(LETTER_SUBJECT, subjectBefore, template.subject())
                        .withChange(SALUTATION, salutationBefore, template.salutation())
                        .withChange(TEXT, bodyBefore, template.body())
                        .withChange(CLOSING, closingBefore, template.closing()));
        return TemplateView.of(institutionId, template);
    }

    /**
     * Back to the default text: the institution's own is deleted. Restoring a template that already uses the
     * default changes nothing (a repeated DELETE is harmless).
     *
     * @param version the own text's version the admin saw (none while the institution uses the default)
     */
    @Transactional
    public TemplateView restoreDefault(Actor actor, UUID institutionId, TemplateKind kind, Long version) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        institutions.name(institutionId);
        Optional<LetterTemplate> own = templates.findByInstitutionIdAndKind(institutionId, kind);
        if (own.isPresent()) {
            LetterTemplate template = own.get();
            template.requireVersion(version);
            templates.delete(template);
            templates.flush();
            LetterTemplate standard = effective.effective(kind, null);
            audit.changed(actor, AuditAction.CHANGED, subject(institutionId), "lettertemplates.audit.restored",
                    AuditDetails.of(KIND, kind).withChange(LETTER_SUBJECT, template.subject(), standard.subject())
                            .withChange(SALUTATION, template.salutation(), standard.salutation())
                            .withChange(TEXT, template.body(), standard.body())
                            .withChange(CLOSING, template.closing(), standard.closing()));
        }
        return TemplateView.of(institutionId, effective.effective(kind, null));
    }

    /**
     * The text as typed, filled with fictional samples, framed by the salutation and the closing (null: the
     * template's own) as the letter prints them; nothing is saved and nothing is refused.
     */
    @Transactional(readOnly = true)
    public TemplatePreview preview(Actor actor, UUID institutionId, TemplateKind kind, String subject,
                                   String salutation, String body, String closing) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        String name = institutions.name(institutionId);
        LetterTemplate current = effective.effective(kind, institutionId);
        return TemplatePreview.of(kind, subject, salutation == null ? current.salutation() : salutation, body,
                closing == null ? current.closing() : closing, samples.values(kind, name),
                kind == TemplateKind.ESTIMATED_DATES_LIST ? samples.listedChildren() : List.of());
    }

    /**
     * A sample letter with the text as typed, on the institution's letterhead, as a draft PDF. Fields the kind
     * may not use print as written, as they would stay in a draft.
     */
    @Transactional(readOnly = true)
    public byte[] previewPdf(Actor actor, UUID institutionId, TemplateKind kind, String subject, String salutation,
                             String body, String closing, PaperSize paper) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        String name = institutions.name(institutionId);
        LetterTemplate current = effective.effective(kind, institutionId);
        return document.render(samples.layout(institutionId, name, kind, subject,
                salutation == null ? current.salutation() : salutation, body,
                closing == null ? current.closing() : closing, paper));
    }

    private static void requireVersion(Optional<LetterTemplate> own, Long version) {
        Versions.requireIfSaved(own.map(LetterTemplate::version).orElse(null), version,
                "letters.error.changedMeanwhile");
    }

    private static void requireLength(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw LetterRuleViolation.invalid(field, "lettertemplates.error.tooLong", max);
        }
    }

    static AuditTrail.Subject subject(UUID institutionId) {
        return new AuditTrail.Subject(SUBJECT, institutionId, null);
    }
}

package cl.circuito.letters.templates;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import static cl.circuito.audit.AuditField.FOOTER_LINES;
import static cl.circuito.audit.AuditField.HEADER_LINES;
import static cl.circuito.audit.AuditField.LOGO;
import static cl.circuito.audit.AuditField.SIZE_BYTES;

/**
 * The administrator's letterheads: each institution's logo and the lines printed under it and at the foot of
 * its letters. The logo leaves the database only to the administrator and inside PDFs. Every use case requires
 * {@link Permission#MANAGE_LETTER_TEMPLATES}; every change is audited.
 */
@Service
public class LetterheadAdministration {

    static final String SUBJECT = "LETTERHEAD";
    /** The database columns' size (letterhead.header_lines, footer_lines). */
    static final int MAX_LINES_CHARS = 500;
    static final int MAX_FILE_NAME = 255;

    private final Letterheads letterheads;
    private final LetterInstitutions institutions;
    private final TemplateSamples samples;
    private final LetterTemplates templates;
    private final LetterDocument document;
    private final AuditTrail audit;
    private final Clock clock;

    LetterheadAdministration(Letterheads letterheads, LetterInstitutions institutions, TemplateSamples samples,
                             LetterTemplates templates, LetterDocument document, AuditTrail audit, Clock clock) {
        this.letterheads = letterheads;
        this.institutions = institutions;
        this.samples = samples;
        this.templates = templates;
        this.document = document;
        this.audit = audit;
        this.clock = clock;
    }

    /** The logo's bytes and type, for the administrator's page only. */
    public record Logo(String fileName, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    public LetterheadView letterhead(Actor actor, UUID institutionId) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        String name = institutions.name(institutionId);
        return LetterheadView.of(institutionId, name, letterheads.findById(institutionId).orElse(null));
    }

    /**
     * The lines under the logo and at the foot, one per line; blank clears them.
     *
     * @param version the letterhead's version the admin saw (none before the first letterhead is saved)
     */
    @Transactional
    public LetterheadView describe(Actor actor, UUID institutionId, Long version, String headerLines,
                                   String footerLines) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        String name = institutions.name(institutionId);
        String header = lines("headerLines", headerLines);
        String footer = lines("footerLines", footerLines);
        Letterhead letterhead = forChange(institutionId, version);
        String headerBefore = letterhead.headerLines();
        String footerBefore = letterhead.footerLines();
        letterhead.describe(header, footer, actor.displayName(), clock.instant());
        letterhead = letterheads.saveAndFlush(letterhead);
        audit.changed(actor, AuditAction.CHANGED, subject(institutionId), "lettertemplates.audit.letterheadLines",
                AuditDetails.ofChange(HEADER_LINES, headerBefore, letterhead.headerLines())
                        .withChange(FOOTER_LINES, footerBefore, letterhead.footerLines()));
        return LetterheadView.of(institutionId, name, letterhead);
    }

    /**
     * A new logo: PNG or JPEG (judged by the file's content, not by what the browser declared), at most
     * {@link Letterhead#MAX_LOGO_BYTES}.
     *
     * @throws LetterRuleViolation on field {@code logo}: empty, too large, or not an image of those types
     */
    @Transactional
    public LetterheadView replaceLogo(Actor actor, UUID institutionId, Long version, String fileName,
                                      byte[] content) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        String name = institutions.name(institutionId);
        Letterhead letterhead = forChange(institutionId, version);
        String before = letterhead.logoFileName();
        String cleanName = fileName(fileName);
        letterhead.replaceLogo(cleanName, ImageTypes.of(content), content, actor.displayName(), clock.instant());
        letterhead = letterheads.saveAndFlush(letterhead);
        audit.changed(actor, AuditAction.CHANGED, subject(institutionId), "lettertemplates.audit.logoReplaced",
                AuditDetails.ofChange(LOGO, before, cleanName).with(SIZE_BYTES, content.length));
        return LetterheadView.of(institutionId, name, letterhead);
    }

    /** Letters print without a logo from now on; removing a logo that is not there changes nothing. */
    @Transactional
    public LetterheadView removeLogo(Actor actor, UUID institutionId, Long version) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        String name = institutions.name(institutionId);
        Letterhead letterhead = letterheads.findById(institutionId).orElse(null);
        if (letterhead == null) {
            return LetterheadView.of(institutionId, name, null);
        }
        // Checked before looking for a logo: the answer "no logo" is only true of the letterhead the user read.
        letterhead.requireVersion(version);
        if (!letterhead.hasLogo()) {
            return LetterheadView.of(institutionId, name, letterhead);
        }
        String before = letterhead.logoFileName();
        letterhead.removeLogo(actor.displayName(), clock.instant());
        letterhead = letterheads.saveAndFlush(letterhead);
        audit.changed(actor, AuditAction.CHANGED, subject(institutionId), "lettertemplates.audit.logoRemoved",
                AuditDetails.ofChange(LOGO, before, null));
        return LetterheadView.of(institutionId, name, letterhead);
    }

    @Transactional(readOnly = true)
    public Logo logo(Actor actor, UUID institutionId) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        institutions.name(institutionId);
        Letterhead letterhead = letterheads.findById(institutionId).filter(Letterhead::hasLogo)
                .orElseThrow(() -> new NoLogo());
        return new Logo(letterhead.logoFileName(), letterhead.logoContentType(), letterhead.logoContent());
    }

    /** A sample letter (the institution's estimated-date template, fictional values) on the letterhead. */
    @Transactional(readOnly = true)
    public byte[] previewPdf(Actor actor, UUID institutionId, PaperSize paper) {
        actor.require(Permission.MANAGE_LETTER_TEMPLATES);
        String name = institutions.name(institutionId);
        LetterTemplate template = templates.effective(TemplateKind.ESTIMATED_DATE, institutionId);
        return document.render(samples.layout(institutionId, name, TemplateKind.ESTIMATED_DATE, template.subject(),
                template.salutation(), template.body(), template.closing(), paper));
    }

    private Letterhead forChange(UUID institutionId, Long version) {
        Letterhead letterhead = letterheads.findById(institutionId).orElse(null);
        if (letterhead == null) {
            return Letterhead.of(institutionId);
        }
        letterhead.requireVersion(version);
        return letterhead;
    }

    /** Each line stripped, blank lines dropped: what the PDF prints, and what fits the column. */
    private static String lines(String field, String text) {
        if (text == null) {
            return null;
        }
        String cleaned = String.join("\n", Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList());
        if (cleaned.length() > MAX_LINES_CHARS) {
            throw LetterRuleViolation.invalid(field, "lettertemplates.error.tooLong", MAX_LINES_CHARS);
        }
        return cleaned;
    }

    private static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "logo";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    static AuditTrail.Subject subject(UUID institutionId) {
        return new AuditTrail.Subject(SUBJECT, institutionId, null);
    }
}

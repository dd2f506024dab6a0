package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.LetterTemplates;
import cl.circuito.letters.templates.Signature;
import cl.circuito.letters.templates.TemplateText;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.Versions;
import cl.circuito.shared.documents.PaperSize;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An oficio: drafted (from an event or by hand), edited while a draft, then issued once, with the next
 * number of its program's year and the director's signature, after which it never changes. A correction
 * is a new letter that cites the one it corrects. Five years after issue it may be disposed of.
 * <p>
 * A draft made from the waiting list's facts remembers the facts its text states ({@link #statedFacts}): when
 * they change, Circuito writes its own text again, or, when the director edited it, keeps their words and marks
 * it ({@link #factsChangedAt}) until they regenerate it or confirm it; a draft no longer called for is
 * superseded. Its salutation and closing come from the template and sit outside the editable body.
 *
 * <p>Longer than our classes usually are because it is one state machine (draft, issued, sent, superseded, disposed)
 * whose verbs all guard the same state: a number is taken once, an issued letter never changes. Its rules are
 * checked without Spring in {@code LetterTests}.
 */
@Entity
@Table(name = "letter")
public class Letter {

    /** I-SGC-01, registros: oficios are kept five years. */
    public static final int RETENTION_YEARS = 5;
    /** The column's size: a subject is a line. */
    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 20_000;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID programId;
    @Enumerated(EnumType.STRING)
    private LetterKind kind;
    @Enumerated(EnumType.STRING)
    private LetterStatus status;
    private UUID referrerId;
    private String recipientName;
    private boolean recipientIsCourt;
    /** The director chose the addressee: it no longer follows the referrer. */
    private boolean addresseeChosen;
    private String subject;
    private String salutation;
    private String body;
    private String closing;
    /** The value of each template field the text was filled with (null: unknown then); null for a copied text. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> statedFacts;
    /** The director changed the text since Circuito last wrote it. */
    private boolean textEdited;
    /** When Circuito found the facts changed under a text the director edited; null while they agree. */
    private Instant factsChangedAt;
    private String sourceKey;
    private UUID correctsLetterId;
    @ElementCollection
    @CollectionTable(name = "letter_child", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "statedDate", column = @Column(name = "stated_date"))
    private List<LetterChild> children = new ArrayList<>();
    /** What happened to the draft besides the director's edits: facts followed, addressee corrected… */
    @ElementCollection
    @CollectionTable(name = "letter_note", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position")
    private List<LetterNote> notes = new ArrayList<>();
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;
    private Integer year;
    private Integer number;
    private LocalDate issuedOn;
    private Instant issuedAt;
    private UUID issuedBy;
    private String issuedByName;
    private String signerName;
    private String signerPosition;
    private String programName;
    private String institutionName;
    @Enumerated(EnumType.STRING)
    private PaperSize paperSize;
    @Enumerated(EnumType.STRING)
    private SendingChannel sentVia;
    private LocalDate sentOn;
    private String sentReference;
    private String sentRecordedByName;
    private Instant discardedAt;
    private String discardedByName;
    private String discardReason;
    private LocalDate disposeAfter;
    private Instant disposedAt;
    private String disposedByName;
    private String disposalReason;

    protected Letter() {
    }

    /**
     * A new draft. {@code sourceKey} names what drafted it (null for a letter written by hand), so the same
     * event never drafts twice; {@code corrects} is the issued letter a correction replaces, or null;
     * {@code recipient} may be null only for a letter whose addressee the director must choose.
     *
     * @param text        subject, salutation, body and closing
     * @param statedFacts the template fields the text was filled with, or null for a text copied from a letter
     */
    static Letter draft(UUID programId, LetterKind kind, Recipient recipient, LetterTemplates.Filled text,
                        Map<String, String> statedFacts, List<LetterChild> children, String sourceKey, UUID corrects,
                        String byName, Instant now) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("A letter is about at least one child");
        }
        Letter letter = new Letter();
        letter.id = UUID.randomUUID();
        letter.programId = programId;
        letter.kind = kind;
        letter.status = LetterStatus.DRAFT;
        letter.address(recipient);
        letter.write(text);
        letter.statedFacts = statedFacts == null ? null : new LinkedHashMap<>(statedFacts);
        letter.children.addAll(children);
        letter.sourceKey = sourceKey;
        letter.correctsLetterId = corrects;
        letter.createdAt = now;
        letter.createdByName = byName;
        letter.updatedAt = now;
        letter.updatedByName = byName;
        return letter;
    }

    /** The director's edit of a draft. Both texts are required; an issued letter never changes. */
    void edit(String subject, String body, String byName, Instant now) {
        requireStatus(LetterStatus.DRAFT, "edit");
        requireText("subject", subject);
        requireText("body", body);
        requirePlain("subject", subject, MAX_SUBJECT);
        requirePlain("body", body, MAX_BODY);
        this.subject = subject.strip();
        this.body = body.strip();
        this.textEdited = true;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /**
     * Refuses what would make an incomplete letter: empty subject or text, or a field of the template left
     * unfilled ({{nna_rut}} when the child has no RUT on file). Checked before a number is taken.
     */
    void requireIssuable() {
        requireStatus(LetterStatus.DRAFT, "issue");
        requireText("subject", subject);
        requireText("body", body);
        List<String> unfilled = new ArrayList<>(TemplateText.placeholdersIn(subject));
        TemplateText.placeholdersIn(body).stream().filter(p -> !unfilled.contains(p)).forEach(unfilled::add);
        if (!unfilled.isEmpty()) {
            throw LetterRuleViolation.invalid("body", "letters.error.unfilled",
                    "{{" + String.join("}}, {{", unfilled) + "}}");
        }
        if (referrerId == null || recipientName == null || recipientName.isBlank()) {
            throw LetterRuleViolation.invalid("recipient", kind == LetterKind.JUDICIAL_REQUEST
                    ? "letters.error.required.court" : "letters.error.required.recipient");
        }
        if (kind == LetterKind.JUDICIAL_REQUEST && !recipientIsCourt) {
            throw LetterRuleViolation.invalid("recipient", "letters.error.recipient.notCourt");
        }
    }

    // ---------------------------------------------------------------- following the facts

    /** Whether the draft follows the waiting list's facts: one written from them, not a copy of another letter. */
    public boolean followsFacts() {
        return statedFacts != null;
    }

    /**
     * Circuito writes the draft again from the current facts (its own text, or the director asked for it): the
     * text, the facts it states, the children as the letter names them, and the addressee unless the director
     * chose it. The director's edits, if any, are gone: the note and the audit keep what changed.
     */
    void restate(Recipient recipient, List<LetterChild> children, LetterTemplates.Filled text,
                 Map<String, String> facts, LetterNote note, Instant now) {
        requireStatus(LetterStatus.DRAFT, "edit");
        follow(recipient, children);
        write(text);
        this.statedFacts = new LinkedHashMap<>(facts);
        this.textEdited = false;
        this.factsChangedAt = null;
        this.updatedAt = now;
        this.updatedByName = note.byName();
        noted(note);
    }

    /**
     * The facts changed under a text the director edited: their words stay, the addressee and the children as
     * named follow (they are not in the text), and the draft is marked until the director regenerates or
     * confirms it; it cannot be issued meanwhile.
     */
    void factsChanged(Recipient recipient, List<LetterChild> children, LetterNote note, Instant now) {
        requireStatus(LetterStatus.DRAFT, "edit");
        follow(recipient, children);
        if (factsChangedAt == null) {
            this.factsChangedAt = now;
        }
        if (note != null) {
            noted(note);
        }
    }

    /**
     * Changed dates replaced where the director's text writes them: their words stay theirs, and the draft
     * states the current facts again.
     */
    void replaceInText(Recipient recipient, List<LetterChild> children, String subject, String body,
                       Map<String, String> facts, LetterNote note, Instant now) {
        requireStatus(LetterStatus.DRAFT, "edit");
        follow(recipient, children);
        this.subject = subject;
        this.body = body;
        this.statedFacts = new LinkedHashMap<>(facts);
        this.factsChangedAt = null;
        this.updatedAt = now;
        this.updatedByName = note.byName();
        noted(note);
    }

    /** The addressee or the children as named changed (nothing the text says): they follow, with a note. */
    void followed(Recipient recipient, List<LetterChild> children, LetterNote note, Instant now) {
        requireStatus(LetterStatus.DRAFT, "edit");
        follow(recipient, children);
        this.updatedAt = now;
        noted(note);
    }

    /** The facts agree with the text again (they came back, or the director's text was confirmed). */
    void factsAgree(Recipient recipient, List<LetterChild> children, Map<String, String> facts) {
        requireStatus(LetterStatus.DRAFT, "edit");
        follow(recipient, children);
        this.statedFacts = new LinkedHashMap<>(facts);
        this.factsChangedAt = null;
    }

    /** The director confirms that their text states the current facts. */
    void confirmFacts(Recipient recipient, List<LetterChild> children, Map<String, String> facts, LetterNote note,
                      Instant now) {
        factsAgree(recipient, children, facts);
        this.updatedAt = now;
        this.updatedByName = note.byName();
        noted(note);
    }

    /** The addressee (the facts' one, or the one the director chose, as named now) and the children follow. */
    private void follow(Recipient recipient, List<LetterChild> current) {
        address(recipient);
        if (!children.equals(current)) {
            children.clear();
            children.addAll(current);
        }
    }

    /** The draft is no longer called for by the facts: discarded by Circuito with the reason, never issued. */
    void supersede(String reason, Instant now) {
        discard(reason, LetterDrafting.SYSTEM_NAME, now);
    }

    /** The director corrects the addressee: it stays theirs, whatever happens to the referrer. */
    void readdress(Recipient recipient, LetterNote note, Instant now) {
        requireStatus(LetterStatus.DRAFT, "edit");
        if (recipient == null) {
            throw LetterRuleViolation.invalid("referrerId", "letters.error.required.addressee");
        }
        if (kind == LetterKind.JUDICIAL_REQUEST && !recipient.court()) {
            throw LetterRuleViolation.invalid("referrerId", "letters.error.recipient.notCourt");
        }
        address(recipient);
        this.addresseeChosen = true;
        this.updatedAt = now;
        this.updatedByName = note.byName();
        noted(note);
    }

    /** Whether the addressee is the one given (same body, same name and kind as now). */
    boolean addressedTo(Recipient recipient) {
        return recipient == null ? referrerId == null
                : Objects.equals(referrerId, recipient.referrerId()) && Objects.equals(recipientName, recipient.name())
                && recipientIsCourt == recipient.court();
    }

    /** The addressee as a value, or null while none. */
    public Recipient recipient() {
        return referrerId == null ? null : new Recipient(referrerId, recipientName, recipientIsCourt);
    }

    private void address(Recipient recipient) {
        this.referrerId = recipient == null ? null : recipient.referrerId();
        this.recipientName = recipient == null ? null : recipient.name();
        this.recipientIsCourt = recipient != null && recipient.court();
    }

    private void write(LetterTemplates.Filled text) {
        this.subject = text.subject();
        this.salutation = blankToNull(text.salutation());
        this.body = text.body();
        this.closing = blankToNull(text.closing());
    }

    private void noted(LetterNote note) {
        notes.add(note);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Numbers, dates and signs the letter; from now on it is what was sent. */
    void issue(int year, int number, LocalDate on, Signature signer, PaperSize paper, UUID byId, String byName,
               Instant now) {
        requireIssuable();
        if (factsChangedAt != null) {
            throw LetterRuleViolation.conflictOn("body", "letters.error.factsChanged.marked");
        }
        if (signer.name() == null || signer.name().isBlank()) {
            throw LetterRuleViolation.invalid("signer", "letters.error.required.signer");
        }
        this.status = LetterStatus.ISSUED;
        this.year = year;
        this.number = number;
        this.issuedOn = on;
        this.issuedAt = now;
        this.issuedBy = byId;
        this.issuedByName = byName;
        this.signerName = signer.name();
        this.signerPosition = signer.position();
        this.programName = signer.programName();
        this.institutionName = signer.institutionName();
        this.paperSize = paper;
        this.disposeAfter = on.plusYears(RETENTION_YEARS);
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** How and when it was sent; may be corrected later (it describes the sending, not the letter). */
    void recordSending(SendingChannel via, LocalDate on, String reference, LocalDate today, String byName,
                       Instant now) {
        if (!status.isIssued()) {
            throw LetterRuleViolation.conflict("letters.error.transition.send." + status.name());
        }
        if (via == null) {
            throw LetterRuleViolation.invalid("sentVia", "letters.error.required.sentVia");
        }
        if (on == null) {
            throw LetterRuleViolation.invalid("sentOn", "letters.error.required.sentOn");
        }
        if (on.isAfter(today)) {
            throw LetterRuleViolation.invalid("sentOn", "letters.error.sentOn.future");
        }
        if (on.isBefore(issuedOn)) {
            throw LetterRuleViolation.invalid("sentOn", "letters.error.sentOn.beforeIssue");
        }
        this.status = LetterStatus.SENT;
        this.sentVia = via;
        this.sentOn = on;
        this.sentReference = reference == null || reference.isBlank() ? null : reference.strip();
        this.sentRecordedByName = byName;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** A draft not needed after all (the child left the list before it was sent). It never had a number. */
    void discard(String reason, String byName, Instant now) {
        requireStatus(LetterStatus.DRAFT, "discard");
        requireText("reason", reason);
        this.status = LetterStatus.DISCARDED;
        this.discardReason = reason.strip();
        this.discardedAt = now;
        this.discardedByName = byName;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /**
     * Disposal at the end of retention: the text and the children's names and RUT are erased (the PDF too,
     * by the caller); the number, kind, addressee and dates stay, so the register still shows no gap.
     */
    public void dispose(String reason, LocalDate today, String byName, Instant now) {
        if (!status.isIssued()) {
            throw LetterRuleViolation.conflict("letters.error.transition.dispose." + status.name());
        }
        if (today.isBefore(disposeAfter)) {
            throw LetterRuleViolation.conflict("letters.error.dispose.tooEarly",
                    ChileanDates.day(disposeAfter));
        }
        requireText("reason", reason);
        this.status = LetterStatus.DISPOSED;
        this.subject = null;
        this.body = null;
        this.children.replaceAll(LetterChild::erased);
        this.disposalReason = reason.strip();
        this.disposedAt = now;
        this.disposedByName = byName;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    void requireVersion(Long expected) {
        Versions.require(version, expected, "letters.error.changedMeanwhile");
    }

    private void requireStatus(LetterStatus expected, String verb) {
        if (status != expected) {
            throw LetterRuleViolation.conflict("letters.error.transition." + verb + "." + status.name());
        }
    }

    /** Plain text of a sensible length: the PDF escapes anyway, but markup never belongs in an oficio. */
    private static void requirePlain(String field, String text, int max) {
        if (text.strip().length() > max) {
            throw LetterRuleViolation.invalid(field, "letters.error.tooLong." + field, max);
        }
        if (cl.circuito.shared.validation.NoMarkup.Validator.containsMarkup(text)) {
            throw LetterRuleViolation.invalid(field, "letters.error.markup");
        }
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw LetterRuleViolation.invalid(field, "letters.error.required." + field);
        }
    }

    /** "N° 123/2026", or null while a draft. */
    public String numberLabel() {
        return number == null ? null : "N° " + number + "/" + year;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public UUID programId() { return programId; }
    public LetterKind kind() { return kind; }
    public LetterStatus status() { return status; }
    public UUID referrerId() { return referrerId; }
    public String recipientName() { return recipientName; }
    public boolean recipientIsCourt() { return recipientIsCourt; }
    public String subject() { return subject; }
    /** The salutation printed before the text ("De mi consideración:"), or null. */
    public String salutation() { return salutation; }
    public String body() { return body; }
    /** The closing printed after the text (and after a list letter's table), or null. */
    public String closing() { return closing; }
    public boolean addresseeChosen() { return addresseeChosen; }
    /** The facts the text states, by template field; empty for a letter that does not follow them. */
    public Map<String, String> statedFacts() { return statedFacts == null ? Map.of() : java.util.Collections.unmodifiableMap(statedFacts); }
    public boolean textEdited() { return textEdited; }
    public Instant factsChangedAt() { return factsChangedAt; }
    public List<LetterNote> notes() { return List.copyOf(notes); }
    public String sourceKey() { return sourceKey; }
    public UUID correctsLetterId() { return correctsLetterId; }
    public List<LetterChild> children() { return List.copyOf(children); }
    public Instant createdAt() { return createdAt; }
    public String createdByName() { return createdByName; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedByName() { return updatedByName; }
    public Integer year() { return year; }
    public Integer number() { return number; }
    public LocalDate issuedOn() { return issuedOn; }
    public Instant issuedAt() { return issuedAt; }
    public String issuedByName() { return issuedByName; }
    public String signerName() { return signerName; }
    public String signerPosition() { return signerPosition; }
    public String programName() { return programName; }
    public String institutionName() { return institutionName; }
    public PaperSize paperSize() { return paperSize; }
    public SendingChannel sentVia() { return sentVia; }
    public LocalDate sentOn() { return sentOn; }
    public String sentReference() { return sentReference; }
    public String sentRecordedByName() { return sentRecordedByName; }
    public Instant discardedAt() { return discardedAt; }
    public String discardedByName() { return discardedByName; }
    public String discardReason() { return discardReason; }
    public LocalDate disposeAfter() { return disposeAfter; }
    public Instant disposedAt() { return disposedAt; }
    public String disposedByName() { return disposedByName; }
    public String disposalReason() { return disposalReason; }
}

package cl.circuito.letters.drafting;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.letters.templates.LetterTemplates;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.LetterFacts;
import cl.circuito.waitinglist.LetterFacts.EntryFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.CHANNEL;
import static cl.circuito.audit.AuditField.CORRECTS;
import static cl.circuito.audit.AuditField.ENTRY;
import static cl.circuito.audit.AuditField.FACTS;
import static cl.circuito.audit.AuditField.KIND;
import static cl.circuito.audit.AuditField.LETTER_SUBJECT;
import static cl.circuito.audit.AuditField.NUMBER;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.RECIPIENT;
import static cl.circuito.audit.AuditField.SENT_ON;
import static cl.circuito.audit.AuditField.STATUS;
import static cl.circuito.audit.AuditField.TEXT;

/**
 * The director's work on one letter: read it, edit the draft, issue it, record how it was sent, discard a
 * draft not needed, write a correction of an issued one, or draft one by hand from an entry; bring a draft
 * back to the current facts (regenerate it, or confirm the director's text states them) and correct its
 * addressee. A letter is loaded through the asker's scope (another program's letter is not found); every read
 * and change is audited.
 *
 * <p>Longer than our services usually are because it holds every verb the director uses on one letter's page, each a
 * short scoped and audited transaction; the rules themselves are the letter's ({@link Letter}).
 */
@Service
public class LetterManagement {

    static final String SUBJECT_TYPE = "LETTER";
    private static final int MAX_REASON = 2000;
    private static final int MAX_REFERENCE = 300;

    private final Letters letters;
    private final LetterPdfs pdfs;
    private final LetterIssuing issuing;
    private final LetterDrafting drafting;
    private final DraftStatements statements;
    private final DraftFollowing following;
    private final LetterFacts facts;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Clock clock;

    LetterManagement(Letters letters, LetterPdfs pdfs, LetterIssuing issuing, LetterDrafting drafting,
                     DraftStatements statements, DraftFollowing following, LetterFacts facts,
                     ProgramDirectory programs, AuditTrail audit, Clock clock) {
        this.letters = letters;
        this.pdfs = pdfs;
        this.issuing = issuing;
        this.drafting = drafting;
        this.statements = statements;
        this.following = following;
        this.facts = facts;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A letter with the letters it corrects and that correct it, and, for a draft, how it stands against the
     * current facts, as its page shows them.
     */
    public record Details(Letter letter, Letter corrects, List<Letter> correctedBy, FactsCheck facts) {
    }

    /** A PDF to send to the browser. */
    public record Pdf(String fileName, byte[] content) {
    }

    @Transactional
    public Details details(Actor actor, UUID letterId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Letter letter = load(actor, letterId);
        Letter corrects = letter.correctsLetterId() == null ? null
                : letters.findById(letter.correctsLetterId()).orElse(null);
        List<Letter> correctedBy = letters.findByCorrectsLetterIdOrderByCreatedAt(letter.id());
        audit.viewed(actor, subject(letter), "letters.audit.viewed");
        return new Details(letter, corrects, correctedBy, following.check(letter));
    }

    @Transactional
    public Letter edit(Actor actor, UUID letterId, Long version, String subject, String body) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter letter = loadForChange(actor, letterId, version);
        String before = letter.subject();
        letter.edit(subject, body, actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(letter), "letters.audit.edited",
                AuditDetails.ofChange(LETTER_SUBJECT, before, letter.subject()));
        return letters.save(letter);
    }

    /** Numbers, signs and freezes the draft; a draft that cannot be issued takes no number. */
    @Transactional
    public Letter issue(Actor actor, UUID letterId, Long version) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter letter = loadForChange(actor, letterId, version);
        Letter issued = issuing.issue(letter, actor);
        audit.changed(actor, AuditAction.CHANGED, subject(issued), "letters.audit.issued",
                AuditDetails.ofChange(STATUS, LetterStatus.DRAFT, LetterStatus.ISSUED)
                        .with(NUMBER, issued.numberLabel()));
        return issued;
    }

    @Transactional
    public Letter recordSending(Actor actor, UUID letterId, Long version, SendingChannel via, LocalDate sentOn,
                                String reference) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter letter = loadForChange(actor, letterId, version);
        if (reference != null && reference.strip().length() > MAX_REFERENCE) {
            throw LetterRuleViolation.invalid("sentReference", "letters.error.tooLong.sentReference", MAX_REFERENCE);
        }
        LetterStatus before = letter.status();
        letter.recordSending(via, sentOn, reference, LocalDate.now(clock), actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(letter), "letters.audit.sent",
                AuditDetails.ofChange(STATUS, before, letter.status()).with(CHANNEL, via).with(SENT_ON, sentOn));
        return letters.save(letter);
    }

    @Transactional
    public Letter discard(Actor actor, UUID letterId, Long version, String reason) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter letter = loadForChange(actor, letterId, version);
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw LetterRuleViolation.invalid("reason", "letters.error.tooLong.reason", MAX_REASON);
        }
        letter.discard(reason, actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(letter), "letters.audit.discarded",
                AuditDetails.ofChange(STATUS, LetterStatus.DRAFT, LetterStatus.DISCARDED).with(REASON, reason.strip()));
        return letters.save(letter);
    }

    /**
     * A correction: a new draft to the same addressee about the same children, starting from the issued
     * letter's text; once issued, its ANT. says which letter it replaces.
     */
    @Transactional
    public Letter correct(Actor actor, UUID letterId) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter original = load(actor, letterId);
        if (!original.status().isIssued()) {
            throw LetterRuleViolation.conflict("letters.error.transition.correct." + original.status().name());
        }
        Letter correction = Letter.draft(original.programId(), original.kind(), original.recipient(),
                new LetterTemplates.Filled(original.subject(), original.salutation(), original.body(),
                        original.closing(), null),
                null, original.children(), null, original.id(), actor.displayName(), clock.instant());
        audit.changed(actor, AuditAction.CREATED, subject(correction), "letters.audit.correctionDrafted",
                AuditDetails.of(CORRECTS, original.numberLabel()));
        return loaded(letters.save(correction));
    }

    /**
     * A letter the director writes from an entry, of the kind they choose, filled with what is known; or the
     * draft of that kind they already wrote by hand about the child and have not issued yet.
     */
    @Transactional
    public Letter draftByHand(Actor actor, UUID entryId, LetterKind kind) {
        actor.require(Permission.MANAGE_LETTERS);
        if (kind == null) {
            throw LetterRuleViolation.invalid("kind", "letters.error.required.kind");
        }
        EntryFacts entry = facts.entry(actor, entryId);
        // A form sent twice (a double click, a reload) must not leave two drafts of the same letter: a pending
        // draft of this kind written by hand about this child is the one the director meant.
        Optional<Letter> pending = letters.findDraftsAbout(entryId, List.of(kind)).stream()
                .filter(draft -> draft.sourceKey() == null && draft.correctsLetterId() == null)
                .findFirst();
        if (pending.isPresent()) {
            return loaded(pending.get());
        }
        Letter letter = drafting.draft(kind, statements.of(kind, entry, Optional.empty(), false), null, null,
                actor.displayName());
        audit.changed(actor, AuditAction.CREATED, subject(letter), "letters.audit.drafted",
                AuditDetails.of(KIND, kind).with(ENTRY, entryId));
        return loaded(letters.save(letter));
    }

    /**
     * The draft written again from the current facts, from the institution's template: what the director
     * asks for when the facts changed under their text (their edits are replaced; the audit keeps the text
     * before). Refused for a draft the facts no longer call for, or one that does not follow them.
     */
    @Transactional
    public Letter regenerate(Actor actor, UUID letterId, Long version) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter letter = loadForChange(actor, letterId, version);
        requireDraft(letter);
        String subjectBefore = letter.subject();
        String bodyBefore = letter.body();
        following.regenerate(letter, actor.displayName());
        audit.changed(actor, AuditAction.CHANGED, subject(letter), "letters.audit.regenerated",
                AuditDetails.ofChange(LETTER_SUBJECT, subjectBefore, letter.subject())
                        .withChange(TEXT, bodyBefore, letter.body()));
        return letters.save(letter);
    }

    /**
     * The director confirms that the text they edited states the current facts: the draft may be issued
     * again. A draft already stating them is left as it is.
     */
    @Transactional
    public Letter confirmFacts(Actor actor, UUID letterId, Long version) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter letter = loadForChange(actor, letterId, version);
        requireDraft(letter);
        FactsCheck before = following.check(letter);
        following.confirm(letter, actor.displayName());
        if (!before.changes().isEmpty() || before.marked()) {
            audit.changed(actor, AuditAction.CHANGED, subject(letter), "letters.audit.factsConfirmed",
                    AuditDetails.of(FACTS, following.describe(before.changes())));
        }
        return letters.save(letter);
    }

    /**
     * Corrects a draft's addressee: any active referring body of the network; a request for medidas cautelares
     * or an extraordinary hearing only a family court. The choice stays the director's whatever happens to the
     * referral; it is audited.
     */
    @Transactional
    public Letter readdress(Actor actor, UUID letterId, Long version, UUID referrerId) {
        actor.require(Permission.MANAGE_LETTERS);
        Letter letter = loadForChange(actor, letterId, version);
        requireDraft(letter);
        if (referrerId == null) {
            throw LetterRuleViolation.invalid("referrerId", "letters.error.required.addressee");
        }
        ReferrerSummary referrer = programs.referrer(referrerId).filter(ReferrerSummary::active)
                .orElseThrow(() -> LetterRuleViolation.invalid("referrerId", "letters.error.addressee.unknown"));
        String before = letter.recipientName();
        letter.readdress(DraftStatements.recipient(referrer), new LetterNote(clock.instant(), actor.displayName(),
                LetterNote.Kind.READDRESSED, before == null ? referrer.name() : before + " → " + referrer.name()),
                clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(letter), "letters.audit.readdressed",
                AuditDetails.ofChange(RECIPIENT, before, referrer.name()));
        return letters.save(letter);
    }

    /**
     * Whom a draft may be addressed to: the active referring bodies (family courts only for a request to the
     * court), those of the program's comuna first, then by name.
     */
    @Transactional(readOnly = true)
    public List<ReferrerSummary> addressees(Actor actor, UUID letterId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Letter letter = load(actor, letterId);
        ProgramSummary program = drafting.program(letter.programId());
        Collator spanish = Collator.getInstance(Locale.forLanguageTag("es-CL"));
        return programs.activeReferrers().stream()
                .filter(r -> letter.kind() != LetterKind.JUDICIAL_REQUEST || r.kind().isCourt())
                .sorted(Comparator.comparing((ReferrerSummary r) -> !program.comunaName().equals(r.comunaName()))
                        .thenComparing(ReferrerSummary::name, spanish))
                .toList();
    }

    /** The issued letter's PDF exactly as issued (never rendered again). */
    @Transactional
    public Pdf pdf(Actor actor, UUID letterId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Letter letter = load(actor, letterId);
        if (!letter.status().isIssued()) {
            throw new NotFound("letter");
        }
        LetterPdf pdf = pdfs.findById(letterId).orElseThrow(() -> new NotFound("letter"));
        audit.viewed(actor, subject(letter), "letters.audit.pdf");
        return new Pdf(fileName(letter), pdf.content());
    }

    /** A draft as it would print today, marked BORRADOR, rendered on the fly and not kept. */
    @Transactional
    public Pdf preview(Actor actor, UUID letterId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Letter letter = load(actor, letterId);
        if (letter.status() != LetterStatus.DRAFT) {
            throw LetterRuleViolation.conflict("letters.error.preview.notDraft");
        }
        byte[] content = issuing.preview(letter);
        audit.viewed(actor, subject(letter), "letters.audit.preview");
        return new Pdf("borrador-" + letter.kind().name().toLowerCase().replace('_', '-') + ".pdf", content);
    }

    /** "oficio-12-2026.pdf" */
    static String fileName(Letter letter) {
        return "oficio-" + letter.number() + "-" + letter.year() + ".pdf";
    }

    Letter load(Actor actor, UUID letterId) {
        Set<UUID> visible = programs.visibleIds(actor.scope());
        if (visible.isEmpty()) {
            throw new NotFound("letter");
        }
        return loaded(letters.findInPrograms(letterId, visible).orElseThrow(() -> new NotFound("letter")));
    }

    private static void requireDraft(Letter letter) {
        if (letter.status() != LetterStatus.DRAFT) {
            throw LetterRuleViolation.conflict("letters.error.transition.edit." + letter.status().name());
        }
    }

    private Letter loadForChange(Actor actor, UUID letterId, Long version) {
        Letter letter = load(actor, letterId);
        letter.requireVersion(version);
        return letter;
    }

    /** The children and notes are read now, so the letter can be shown after the transaction ends. */
    private static Letter loaded(Letter letter) {
        letter.children();
        letter.notes();
        return letter;
    }

    /** How a letter (already loaded through the asker's scope) stands against the current facts. */
    @Transactional(readOnly = true)
    public FactsCheck check(Letter letter) {
        return following.check(letter);
    }

    static AuditTrail.Subject subject(Letter letter) {
        return new AuditTrail.Subject(SUBJECT_TYPE, letter.id(), letter.programId());
    }
}

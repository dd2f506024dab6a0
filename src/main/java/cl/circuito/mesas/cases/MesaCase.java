package cl.circuito.mesas.cases;

import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.text.ChileanDates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A child the Mesa follows, brought by a member. The Mesa knows the child by initials and age only: never
 * a RUT, never a name. When the presenting program picked the child from its own list, the child's id is
 * kept (for analysis across programs), and still never shown. At the end of the period the Mesa keeps its closed
 * cases ({@link KeepYears}) the case is disposed of: what identifies the child and what was said go, what the
 * Mesa's figures count stays.
 */
@Entity
@Table(name = "mesa_case")
public class MesaCase {

    public static final int MAX_NOTE = 2000;
    /** What a disposed case keeps in place of the initials: a mark, not a child. */
    public static final String ERASED_INITIALS = "—";
    /** Two to four letters, each perhaps followed by a dot, spaces between them allowed: "RPS", "R.P.S.", "R. P.". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.?\\s*){2,4}");

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private UUID presentingMemberId;
    private UUID childId;
    private String initials;
    private int age;
    @Enumerated(EnumType.STRING)
    private CaseSex sex;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private LocalDate closedOn;
    private String closingNote;
    private Instant openedAt;
    private String openedByName;
    private Instant updatedAt;
    private String updatedByName;
    private LocalDate disposedOn;

    protected MesaCase() {
    }

    /** The child as the Mesa sees it; {@code childId} only when the program picked it from its own list. */
    public record Child(String initials, Integer age, CaseSex sex, UUID childId) {
    }

    static MesaCase open(UUID mesaId, MesaMember presenting, Child child, String byName, Instant now) {
        if (presenting == null || !presenting.isCurrent() || !presenting.mesaId().equals(mesaId)) {
            throw MesaRuleViolation.invalid("presentingMemberId", "mesacases.error.presentingMember");
        }
        MesaCase mesaCase = new MesaCase();
        mesaCase.id = UUID.randomUUID();
        mesaCase.mesaId = mesaId;
        mesaCase.presentingMemberId = presenting.id();
        mesaCase.initials = normalisedInitials(child.initials());
        if (child.age() == null || child.age() < 0 || child.age() > 17) {
            throw MesaRuleViolation.invalid("age", "mesacases.error.age");
        }
        mesaCase.age = child.age();
        mesaCase.sex = child.sex();
        mesaCase.childId = child.childId();
        mesaCase.status = CaseStatus.OPEN;
        mesaCase.openedAt = now;
        mesaCase.openedByName = byName;
        mesaCase.touch(byName, now);
        return mesaCase;
    }

    /** "rps", "R.P.S." and "R. P. S." all become "R. P. S."; anything else (digits, a name) is refused. */
    static String normalisedInitials(String typed) {
        if (typed == null || typed.isBlank()) {
            throw MesaRuleViolation.invalid("initials", "mesacases.error.initials");
        }
        String clean = typed.strip();
        // "Ana" or "Luis" fit in four letters but read as a name: initials are not written as a capitalised word.
        boolean word = clean.chars().allMatch(Character::isLetter) && clean.length() >= 3
                && Character.isUpperCase(clean.charAt(0)) && clean.substring(1).chars().allMatch(Character::isLowerCase);
        if (word || !INITIALS.matcher(clean).matches()) {
            throw MesaRuleViolation.invalid("initials", "mesacases.error.initials");
        }
        return clean.codePoints().filter(Character::isLetter)
                .mapToObj(c -> new String(Character.toChars(c)).toUpperCase(Locale.ROOT) + ".")
                .collect(Collectors.joining(" "));
    }

    /** The Mesa stops following the case; the note says why (achieved, moved away, no longer needed…). */
    void close(String note, LocalDate on, String byName, Instant now) {
        requireOpen();
        if (note == null || note.isBlank()) {
            throw MesaRuleViolation.invalid("note", "mesacases.error.closingNote");
        }
        if (note.strip().length() > MAX_NOTE) {
            throw MesaRuleViolation.invalid("note", "mesas.error.tooLong", MAX_NOTE);
        }
        this.status = CaseStatus.CLOSED;
        this.closedOn = on;
        this.closingNote = note.strip();
        touch(byName, now);
    }

    /**
     * The end of the case's retention: the initials (a neutral mark in their place), the closing note, the link to
     * the child and, in each of its {@code reviews}, the question, the discussion and every answer are erased. Kept:
     * age, sex, the dates, and the reviews' numbers, sessions, criteria and strategies (the Mesa's agreements), so
     * every figure that counted the case counts it still. Refused, on {@code recordIds}, unless the case is closed,
     * the Mesa has decided how long it keeps its cases and that time has passed, and it was not disposed of before.
     *
     * @return the child the case was linked to, for the registry to forget if nothing else refers to it; or null
     */
    UUID dispose(KeepYears keep, List<CaseReview> reviews, LocalDate today, String byName, Instant now) {
        requireDisposable(keep, today);
        for (CaseReview review : reviews) {
            if (!review.caseId().equals(id)) {
                throw new IllegalArgumentException("Review " + review.id() + " is not of case " + id);
            }
            review.erase();
        }
        UUID linked = childId;
        this.initials = ERASED_INITIALS;
        this.closingNote = null;
        this.childId = null;
        this.disposedOn = today;
        touch(byName, now);
        return linked;
    }

    /** Whether {@link #dispose} would take the case: refused, on {@code recordIds}, naming its closing date. */
    void requireDisposable(KeepYears keep, LocalDate today) {
        if (disposedOn != null) {
            throw MesaRuleViolation.conflictOn("recordIds", "mesacases.error.retention.alreadyDisposed",
                    ChileanDates.day(disposedOn));
        }
        if (status != CaseStatus.CLOSED) {
            throw MesaRuleViolation.conflictOn("recordIds", "mesacases.error.retention.open");
        }
        if (keep == null) {
            throw MesaRuleViolation.conflictOn("recordIds", "mesacases.error.retention.undecided");
        }
        if (today.isBefore(keep.dueFrom(closedOn))) {
            throw MesaRuleViolation.conflictOn("recordIds", "mesacases.error.retention.notDue",
                    ChileanDates.day(closedOn), ChileanDates.day(keep.dueFrom(closedOn)));
        }
    }

    void requireOpen() {
        if (disposedOn != null) {
            // Its initials are gone: the refusal says what happened to the case instead of naming it "—".
            throw MesaRuleViolation.conflict("mesacases.error.caseDisposed", ChileanDates.day(disposedOn));
        }
        if (status == CaseStatus.CLOSED) {
            throw MesaRuleViolation.conflict("mesacases.error.caseClosed", initials);
        }
    }

    void touch(String byName, Instant now) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID mesaId() {
        return mesaId;
    }

    public UUID presentingMemberId() {
        return presentingMemberId;
    }

    /** Never shown: for analysis only. */
    public UUID childId() {
        return childId;
    }

    public String initials() {
        return initials;
    }

    public int age() {
        return age;
    }

    public CaseSex sex() {
        return sex;
    }

    public CaseStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closingNote() {
        return closingNote;
    }

    /** The day the case was disposed of at the end of its retention, or null. */
    public LocalDate disposedOn() {
        return disposedOn;
    }

    public boolean disposed() {
        return disposedOn != null;
    }
}

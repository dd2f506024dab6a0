package cl.circuito.letters.register;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterPdfs;
import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.Letters;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ISSUED_ON;
import static cl.circuito.audit.AuditField.KEEP_UNTIL;
import static cl.circuito.audit.AuditField.KIND;
import static cl.circuito.audit.AuditField.LETTER;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * Retention of letters (I-SGC-01, registros: oficios are kept five years). When a letter's term ends it is
 * listed for disposal; disposal is an explicit act of the director with a written reason (the record of
 * disposal), all the chosen letters or none, each one audited. The text, the children's names and RUT and
 * the PDF are erased; the number stays, so the register still shows no gap.
 */
@Service
public class LetterRetention {

    /** How far ahead the retention page warns of letters reaching the end of their term. */
    public static final int UPCOMING_DAYS = 90;
    static final int REASON_MAX = 1000;

    private final Letters letters;
    private final LetterPdfs pdfs;
    private final LetterRegisterSearch search;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Clock clock;

    LetterRetention(Letters letters, LetterPdfs pdfs, LetterRegisterSearch search, ProgramDirectory programs,
                    AuditTrail audit, Clock clock) {
        this.letters = letters;
        this.pdfs = pdfs;
        this.search = search;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letters due for disposal (oldest term first) and how many reach their term soon (the API). */
    @Transactional
    public Due due(Actor actor, UUID programId, int page, int size) {
        ProgramSummary program = readable(actor, programId);
        LocalDate today = today();
        audit.viewed(actor, RegisterSubjects.register(program.id()), "letterregister.audit.retentionViewed");
        return new Due(today, search.dueForDisposal(program.id(), today, page, size),
                search.reachingEnd(program.id(), today, today.plusDays(UPCOMING_DAYS)));
    }

    /** The history of disposals, latest first. */
    @Transactional(readOnly = true)
    public Page<DisposalRow> disposals(Actor actor, UUID programId, int page, int size) {
        return search.disposals(readable(actor, programId).id(), page, size);
    }

    /**
     * Disposes of all the chosen letters or of none: a letter not yet at its term, not issued or already
     * disposed of refuses the whole act (409 naming its number); a letter outside the program is not found.
     */
    @Transactional
    public List<Letter> dispose(Actor actor, UUID programId, Collection<UUID> letterIds, String reason) {
        LocalDate today = today();
        List<Letter> chosen = candidates(actor, programId, letterIds, reason, today);
        String why = reason.strip();
        for (Letter letter : chosen) {
            LetterStatus before = letter.status();
            letter.dispose(why, today, actor.displayName(), clock.instant());
            audit.changed(actor, AuditAction.DISPOSED, RegisterSubjects.letter(letter), "letterregister.audit.disposed",
                    AuditDetails.of(LETTER, letter.numberLabel()).with(KIND, letter.kind())
                            .withChange(STATUS, before, LetterStatus.DISPOSED).with(ISSUED_ON, letter.issuedOn())
                            .with(KEEP_UNTIL, letter.disposeAfter()).with(REASON, why));
        }
        pdfs.deleteAllByIdInBatch(chosen.stream().map(Letter::id).toList());
        return letters.saveAll(chosen);
    }

    private List<Letter> candidates(Actor actor, UUID programId, Collection<UUID> letterIds, String reason,
                                    LocalDate today) {
        actor.require(Permission.MANAGE_LETTERS);
        ProgramSummary program = programs.get(programId, actor.scope());
        Set<UUID> ids = letterIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(letterIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            throw LetterRuleViolation.invalid("letterIds", "letterregister.error.noneSelected");
        }
        if (reason == null || reason.isBlank()) {
            throw LetterRuleViolation.invalid("reason", "letterregister.error.reason");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw LetterRuleViolation.invalid("reason", "letterregister.error.reasonTooLong", REASON_MAX);
        }
        List<Letter> found = letters.findAllInProgram(ids, program.id());
        if (found.size() < ids.size()) {
            throw new NotFound("letter");
        }
        List<Letter> ordered = found.stream()
                .sorted(Comparator.comparing(Letter::year, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                        .thenComparing(Letter::number, Comparator.nullsLast(Comparator.<Integer>naturalOrder())))
                .toList();
        for (Letter letter : ordered) {
            requireDue(letter, today);
        }
        return ordered;
    }

    private static void requireDue(Letter letter, LocalDate today) {
        if (letter.status() == LetterStatus.DISPOSED) {
            throw LetterRuleViolation.conflictOn("letterIds", "letterregister.error.alreadyDisposed",
                    letter.numberLabel());
        }
        if (!letter.status().isIssued()) {
            throw LetterRuleViolation.conflictOn("letterIds", "letterregister.error.notIssued");
        }
        if (today.isBefore(letter.disposeAfter())) {
            throw LetterRuleViolation.conflictOn("letterIds", "letterregister.error.notDue", letter.numberLabel(),
                    ChileanDates.day(letter.disposeAfter()));
        }
    }

    private ProgramSummary readable(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        return programs.get(programId, actor.scope());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public record Due(LocalDate today, Page<RegisterRow> letters, long upcoming) {
    }
}

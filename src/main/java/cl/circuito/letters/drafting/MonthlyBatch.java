package cl.circuito.letters.drafting;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.templates.LetterSettingsRecords;
import cl.circuito.letters.templates.LetterTemplates;
import cl.circuito.letters.templates.TemplateField;
import cl.circuito.letters.templates.TemplateKind;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.BATCH;
import static cl.circuito.audit.AuditField.NUMBER;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * The monthly batch of estimated-date letters (I-SGC-01 step 4): the pending estimated-date drafts of a
 * program, grouped by referrer, issued in one step with consecutive numbers, either as one list letter per
 * referrer (its children in a table; the individual drafts are discarded citing it) or one letter per child.
 * All or nothing: if one letter cannot be issued, none is, and the error names which.
 */
@Service
public class MonthlyBatch {

    private static final Collator SPANISH = Collator.getInstance(Locale.forLanguageTag("es-CL"));

    private final Letters letters;
    private final LetterIssuing issuing;
    private final DraftFollowing following;
    private final LetterDrafting drafting;
    private final LetterTemplates templates;
    private final LetterSettingsRecords settings;
    private final ProgramDirectory programs;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    MonthlyBatch(Letters letters, LetterIssuing issuing, DraftFollowing following, LetterDrafting drafting,
                 LetterTemplates templates, LetterSettingsRecords settings, ProgramDirectory programs,
                 AuditTrail audit, Messages messages, Clock clock) {
        this.letters = letters;
        this.issuing = issuing;
        this.following = following;
        this.drafting = drafting;
        this.templates = templates;
        this.settings = settings;
        this.programs = programs;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** One pending draft: the child it is about and the date it states. */
    public record Draft(UUID letterId, LetterKind kind, LetterChild child) {
    }

    /** The drafts addressed to one referrer. */
    public record Group(UUID referrerId, String recipientName, boolean court, List<Draft> drafts) {
    }

    /** What the batch would issue, and how the program usually issues it. */
    public record Overview(ProgramSummary program, BatchMode defaultMode, List<Group> groups) {

        public int draftCount() {
            return groups.stream().mapToInt(g -> g.drafts().size()).sum();
        }

        public List<UUID> letterIds() {
            return groups.stream().flatMap(g -> g.drafts().stream()).map(Draft::letterId).toList();
        }
    }

    @Transactional
    public Overview overview(Actor actor, UUID programId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        List<Group> groups = group(pending(programId, null));
        audit.viewed(actor, new AuditTrail.Subject("PROGRAM_LETTERS", programId, programId), "letters.audit.batch");
        return new Overview(program, settings.forProgram(programId).batchMode(), groups);
    }

    /**
     * Issues the drafts the director saw (by id: a draft that appeared since is left for next time).
     *
     * @return the issued letters, in number order
     */
    @Transactional
    public List<Letter> issue(Actor actor, UUID programId, BatchMode mode, List<UUID> letterIds) {
        actor.require(Permission.MANAGE_LETTERS);
        ProgramSummary program = programs.get(programId, actor.scope());
        if (mode == null) {
            throw LetterRuleViolation.invalid("mode", "letters.error.required.batchMode");
        }
        Set<UUID> ids = new LinkedHashSet<>(letterIds == null ? List.of() : letterIds);
        if (ids.isEmpty()) {
            throw LetterRuleViolation.invalid("letters", "letters.error.batch.empty");
        }
        List<Letter> drafts = pending(programId, ids);
        if (drafts.size() != ids.size()) {
            throw LetterRuleViolation.conflict("letters.error.batch.changed");
        }
        List<Letter> issued = mode == BatchMode.PER_CHILD ? perChild(actor, drafts) : perReferrer(actor, program, drafts);
        // Read now, so the letters can be shown after the transaction ends.
        issued.forEach(Letter::notes);
        return issued;
    }

    private List<Letter> perChild(Actor actor, List<Letter> drafts) {
        List<Letter> issued = new ArrayList<>();
        for (Letter draft : drafts) {
            issued.add(issueNaming(actor, draft, draft.children().get(0).childName()));
        }
        return issued;
    }

    private List<Letter> perReferrer(Actor actor, ProgramSummary program, List<Letter> drafts) {
        Map<UUID, List<Letter>> byReferrer = new LinkedHashMap<>();
        drafts.forEach(d -> byReferrer.computeIfAbsent(d.referrerId(), r -> new ArrayList<>()).add(d));
        LocalDate today = LocalDate.now(clock);
        List<Letter> issued = new ArrayList<>();
        for (List<Letter> group : byReferrer.values()) {
            // The list states each child's facts: each draft must state current ones (or the batch names it).
            group.forEach(draft -> refusalNaming(draft.children().get(0).childName(),
                    () -> following.requireCurrent(draft)));
            Letter first = group.get(0);
            List<LetterChild> children = group.stream().flatMap(d -> d.children().stream())
                    .sorted(Comparator.comparing(LetterChild::childName, SPANISH)).toList();
            Map<TemplateField, String> values = drafting.programValues(program, first.recipientName());
            values.put(TemplateField.CANTIDAD_NNA, String.valueOf(children.size()));
            values.put(TemplateField.NNA_NOMINA, messages.get("letters.count.children", children.size()));
            values.put(TemplateField.FECHA, ChileanDates.longDay(today));
            LetterTemplates.Filled filled = templates.fill(TemplateKind.ESTIMATED_DATES_LIST, program.institutionId(),
                    values);
            Letter list = letters.save(Letter.draft(program.id(), TemplateKind.ESTIMATED_DATES_LIST.letterKind(),
                    first.recipient(), filled, null, children,
                    DraftSource.BATCH.key(program.id(), first.referrerId(), UUID.randomUUID()), null,
                    actor.displayName(), clock.instant()));
            Letter issuedList = issueNaming(actor, list, first.recipientName());
            String reason = messages.get("letters.system.discard.inList", "Oficio " + issuedList.numberLabel());
            for (Letter draft : group) {
                draft.discard(reason, actor.displayName(), clock.instant());
                audit.changed(actor, AuditAction.CHANGED, LetterManagement.subject(draft), "letters.audit.discarded",
                        AuditDetails.ofChange(STATUS, LetterStatus.DRAFT, LetterStatus.DISCARDED).with(REASON, reason));
            }
            issued.add(issuedList);
        }
        return issued;
    }

    /** Issues one letter of the batch; a refusal names the letter, and the whole batch rolls back. */
    private Letter issueNaming(Actor actor, Letter letter, String name) {
        Letter issued = refusalNaming(name, () -> issuing.issue(letter, actor));
        audit.changed(actor, AuditAction.CHANGED, LetterManagement.subject(issued), "letters.audit.issued",
                AuditDetails.ofChange(STATUS, LetterStatus.DRAFT, LetterStatus.ISSUED)
                        .with(NUMBER, issued.numberLabel()).with(BATCH, true));
        return issued;
    }

    /** Runs a step of the batch; a refusal names the letter or child it is about. */
    private <T> T refusalNaming(String name, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (DomainException e) {
            throw LetterRuleViolation.invalid("letters", "letters.error.batch.failed", name,
                    messages.get(e.messageKey(), e.arguments()));
        }
    }

    private void refusalNaming(String name, Runnable step) {
        refusalNaming(name, () -> {
            step.run();
            return null;
        });
    }

    /** The program's pending estimated-date drafts (only these ids when given), by addressee and child. */
    private List<Letter> pending(UUID programId, Set<UUID> only) {
        List<Letter> found = only == null ? letters.findPendingOfKinds(programId, EstimateLetters.KINDS)
                : letters.findAllInProgram(only, programId).stream()
                .filter(l -> l.status() == LetterStatus.DRAFT && EstimateLetters.KINDS.contains(l.kind())).toList();
        return found.stream()
                .sorted(Comparator.comparing(Letter::recipientName, SPANISH)
                        .thenComparing(l -> l.children().get(0).childName(), SPANISH))
                .toList();
    }

    private static List<Group> group(List<Letter> drafts) {
        Map<UUID, Group> groups = new LinkedHashMap<>();
        for (Letter letter : drafts) {
            Group group = groups.computeIfAbsent(letter.referrerId(),
                    r -> new Group(r, letter.recipientName(), letter.recipientIsCourt(), new ArrayList<>()));
            letter.children().forEach(child -> group.drafts().add(new Draft(letter.id(), letter.kind(), child)));
        }
        return List.copyOf(groups.values());
    }
}

package cl.circuito.waitinglist.priority;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildRegistry;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ASSESSED_ON;
import static cl.circuito.audit.AuditField.COMPUTED_PRIORITY;
import static cl.circuito.audit.AuditField.CUT;
import static cl.circuito.audit.AuditField.INSTRUMENT;
import static cl.circuito.audit.AuditField.NO_DATA;
import static cl.circuito.audit.AuditField.OVERRIDE;
import static cl.circuito.audit.AuditField.PRIORITY;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.SCORE;

/**
 * The director applies the program's priority instrument to an eligible child, re-applies it when the
 * background changes, and overrides the result with a written reason. Every assessment is kept.
 */
@NamedInterface("priority")
@Service
public class PriorityAssessments {

    private final EntryAccess access;
    private final WaitingListEntries entries;
    private final PriorityAssessmentRecords assessments;
    private final PriorityInstruments instruments;
    private final PrioritySettings settings;
    private final ProgramDirectory programs;
    private final ChildRegistry children;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    PriorityAssessments(EntryAccess access, WaitingListEntries entries, PriorityAssessmentRecords assessments,
                        PriorityInstruments instruments, PrioritySettings settings, ProgramDirectory programs,
                        ChildRegistry children, Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.assessments = assessments;
        this.instruments = instruments;
        this.settings = settings;
        this.programs = programs;
        this.children = children;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a new assessment of this entry will apply (the program's instrument and cut) and the current
     * assessment, if any. Refused (409) when the entry is not waiting or scheduled.
     */
    @Transactional(readOnly = true)
    public Preparation prepare(Actor actor, UUID entryId) {
        actor.require(Permission.ASSESS_PRIORITY);
        WaitingListEntry entry = access.load(actor, entryId);
        PriorityAssessment.requireAssessable(entry, "assess");
        PrioritySettings.Effective effective = settings.resolve(entry.programId());
        return new Preparation(entry.version(), InstrumentView.of(effective.instrument(),
                instruments.isLatest(effective.instrument())), effective.cut(), currentOf(entry.id()).orElse(null));
    }

    /** @param current null before the first assessment */
    public record Preparation(long entryVersion, InstrumentView instrument, int cut, AssessmentView current) {
    }

    /**
     * Applies the program's instrument: one answer per descriptor (all required), the date it was applied
     * and optional notes. A standing override is kept unless {@code removeOverride}.
     */
    @Transactional
    public AssessmentView assess(Actor actor, UUID entryId, Long version, LocalDate assessedOn,
                                 Map<Integer, PriorityAnswer> answers, String notes, boolean removeOverride) {
        actor.require(Permission.ASSESS_PRIORITY);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        PriorityAssessment previous = assessments.findFirstByEntryIdOrderByAssessedAtDesc(entry.id()).orElse(null);
        PrioritySettings.Effective effective = settings.resolve(entry.programId());
        Integer priorityBefore = entry.priority();
        Integer scoreBefore = entry.priorityScore();
        PriorityAssessment assessment = PriorityAssessment.assess(entry, effective.instrument(), effective.cut(),
                answers == null ? Map.of() : new HashMap<>(answers), assessedOn, notes, previous, removeOverride,
                deadlines.today(), Staff.of(actor), clock.instant());
        assessments.save(assessment);
        AuditDetails details = AuditDetails.of(INSTRUMENT, effective.instrument().label()).with(ASSESSED_ON, assessedOn)
                .withChange(SCORE, scoreBefore, assessment.score()).with(CUT, assessment.cutUsed())
                .with(COMPUTED_PRIORITY, assessment.computedPriority())
                .withChange(PRIORITY, priorityBefore, assessment.finalPriority())
                .with(NO_DATA, assessment.noDataCount());
        if (previous != null && previous.isOverridden() && previous.disposedOn() == null) {
            details = details.with(OVERRIDE, removeOverride ? "quitada" : "conservada: " + previous.overrideReason());
        }
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "priority.audit.assessed", details);
        entries.save(entry);
        return AssessmentView.of(assessment, effective.instrument());
    }

    /**
     * Sets the final priority by hand (1 or 2, different from the computed one) with a written reason;
     * {@code priority} null removes the override, also with a reason.
     */
    @Transactional
    public AssessmentView override(Actor actor, UUID entryId, Long version, Integer priority, String reason) {
        actor.require(Permission.ASSESS_PRIORITY);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        PriorityAssessment current = assessments.findFirstByEntryIdOrderByAssessedAtDesc(entry.id()).orElse(null);
        Integer before = entry.priority();
        PriorityAssessment.requireAssessable(entry, "override");
        if (current == null) {
            throw PriorityRuleViolation.conflict("priority.error.noAssessment");
        }
        current.override(entry, priority, reason, deadlines.today(), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry),
                priority == null ? "priority.audit.overrideRemoved" : "priority.audit.overridden",
                AuditDetails.ofChange(PRIORITY, before, current.finalPriority())
                        .with(COMPUTED_PRIORITY, current.computedPriority()).with(SCORE, current.score())
                        .with(REASON, reason.trim()));
        assessments.save(current);
        entries.save(entry);
        return AssessmentView.of(current, instruments.load(current.instrumentId()));
    }

    /**
     * The entry's current (latest) assessment, or empty before the guide is applied. Not audited on its
     * own: callers show it inside a page that already audits opening the child's record.
     */
    @Transactional(readOnly = true)
    public Optional<AssessmentView> current(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        return currentOf(entry.id());
    }

    /** Every assessment of the entry, newest first, each with the instrument version it used. Audited. */
    @Transactional
    public List<AssessmentView> history(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        audit.viewed(actor, Subjects.entry(entry), "priority.audit.historyViewed");
        Map<UUID, PriorityInstrument> used = new HashMap<>();
        return assessments.findByEntryIdOrderByAssessedAtDesc(entry.id()).stream()
                .map(a -> AssessmentView.of(a, used.computeIfAbsent(a.instrumentId(), instruments::load)))
                .toList();
    }

    /** One assessment laid out as the paper guide, with the child and the court. Audited. */
    @Transactional
    public PriorityPrint print(Actor actor, UUID entryId, UUID assessmentId) {
        return print(actor, entryId, assessmentId, "priority.audit.printViewed");
    }

    /**
     * The same, for a caller that does something else with it (a PDF download): audited under {@code auditWhat},
     * the message key of that act, so the trail says what happened once.
     */
    @Transactional
    public PriorityPrint print(Actor actor, UUID entryId, UUID assessmentId, String auditWhat) {
        actor.require(Permission.READ_CHILD_RECORDS);
        WaitingListEntry entry = access.load(actor, entryId);
        PriorityAssessment assessment = assessments.findById(assessmentId)
                .filter(a -> a.entryId().equals(entry.id()))
                .orElseThrow(() -> PriorityRuleViolation.notFound("assessment"));
        if (assessment.disposedOn() != null) {
            // Its answers were erased at the end of its retention: there is no guide left to lay out.
            throw PriorityRuleViolation.conflict("priority.error.printDisposed",
                    ChileanDates.day(assessment.disposedOn()));
        }
        audit.viewed(actor, Subjects.entry(entry), auditWhat);
        ProgramSummary program = programs.find(entry.programId()).orElseThrow(() -> new NotFound("program"));
        String referrer = programs.referrer(entry.referrerId()).map(ReferrerSummary::name).orElse(null);
        return new PriorityPrint(children.get(entry.childId()).fullName(), program.label(), referrer,
                entry.courtRit(), entry.courtRuc(),
                AssessmentView.of(assessment, instruments.load(assessment.instrumentId())));
    }

    private Optional<AssessmentView> currentOf(UUID entryId) {
        return assessments.findFirstByEntryIdOrderByAssessedAtDesc(entryId)
                .map(a -> AssessmentView.of(a, instruments.load(a.instrumentId())));
    }
}

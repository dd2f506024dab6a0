package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildRegistry;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ADMISSIBILITY_DUE_ON;
import static cl.circuito.audit.AuditField.AGE_WITHOUT_BIRTH_DATE;
import static cl.circuito.audit.AuditField.BACKGROUND_SUFFICIENT;
import static cl.circuito.audit.AuditField.DECIDED_ON;
import static cl.circuito.audit.AuditField.EXITED_ON;
import static cl.circuito.audit.AuditField.EXIT_REASON;
import static cl.circuito.audit.AuditField.PERTINENT_PROGRAM;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.SENAINFO_ENTERED_ON;
import static cl.circuito.audit.AuditField.SENAINFO_REMOVED_ON;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * The director's verbs on an entry: judge the background, decide admissibility, reopen a decision,
 * record an exit. Each is audited with what changed.
 */
@Service
public class EntryDecisions {

    private final EntryAccess access;
    private final WaitingListEntries entries;
    private final ProgramDirectory programs;
    private final ChildRegistry children;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    EntryDecisions(EntryAccess access, WaitingListEntries entries, ProgramDirectory programs,
                   ChildRegistry children, Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.programs = programs;
        this.children = children;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changing "background sufficient" recomputes the deadline from receipt and records why. */
    @Transactional
    public WaitingListEntry changeBackgroundSufficiency(Actor actor, UUID entryId, Long version, boolean sufficient,
                                                        String reason) {
        actor.require(Permission.DECIDE_ADMISSIBILITY);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        LocalDate before = entry.admissibilityDueOn();
        LocalDate dueOn = deadlines.dueOn(entry.receivedOn(), sufficient, access.comunaOf(entry));
        entry.changeBackgroundSufficiency(sufficient, dueOn, reason, deadlines.today(), Staff.of(actor),
                clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.sufficiencyChanged",
                AuditDetails.ofChange(BACKGROUND_SUFFICIENT, !sufficient, sufficient)
                        .withChange(ADMISSIBILITY_DUE_ON, before, dueOn).with(REASON, reason));
        return entries.save(entry);
    }

    @Transactional
    public WaitingListEntry declareEligible(Actor actor, UUID entryId, Long version, LocalDate decidedOn,
                                           String notes) {
        actor.require(Permission.DECIDE_ADMISSIBILITY);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        entry.declareEligible(decidedOn, notes, deadlines.today(), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.declaredEligible",
                AuditDetails.ofChange(STATUS, EntryStatus.UNDER_REVIEW, EntryStatus.WAITING)
                        .with(DECIDED_ON, decidedOn));
        return entries.save(entry);
    }

    /**
     * @param pertinentProgramId a program of the network, or null when it is written instead
     */
    @Transactional
    public WaitingListEntry declareNotEligible(Actor actor, UUID entryId, Long version, LocalDate decidedOn,
                                              String reason, UUID pertinentProgramId, String pertinentProgramName) {
        actor.require(Permission.DECIDE_ADMISSIBILITY);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        String pertinentName = pertinentProgramName;
        if (pertinentProgramId != null) {
            ProgramSummary pertinent = programs.find(pertinentProgramId)
                    .orElseThrow(() -> EntryRuleViolation.invalid("pertinentProgram", "error.entry.unknownProgram"));
            pertinentName = pertinent.label();
        }
        entry.declareNotEligible(decidedOn, reason, pertinentProgramId, pertinentName, deadlines.today(),
                Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.declaredNotEligible",
                AuditDetails.ofChange(STATUS, EntryStatus.UNDER_REVIEW, "NO_SUJETO_DE_ATENCION")
                        .with(DECIDED_ON, decidedOn).with(REASON, reason).with(PERTINENT_PROGRAM, pertinentName));
        return entries.save(entry);
    }

    @Transactional
    public WaitingListEntry reopenDecision(Actor actor, UUID entryId, Long version, String reason) {
        actor.require(Permission.DECIDE_ADMISSIBILITY);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        String before = entry.status() == EntryStatus.EXITED ? "NO_SUJETO_DE_ATENCION" : "SUJETO_DE_ATENCION";
        LocalDate enteredBefore = entry.senainfoEnteredOn();
        LocalDate removedBefore = entry.senainfoRemovedOn();
        entry.reopenDecision(reason, deadlines.today(), Staff.of(actor), clock.instant());
        // A child removed from SENAINFO must be entered again: both steps are pending anew.
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.decisionReopened",
                AuditDetails.ofChange(STATUS, before, EntryStatus.UNDER_REVIEW).with(REASON, reason)
                        .withChangeIfDifferent(SENAINFO_ENTERED_ON, enteredBefore, entry.senainfoEnteredOn())
                        .withChangeIfDifferent(SENAINFO_REMOVED_ON, removedBefore, entry.senainfoRemovedOn()));
        return entries.save(entry);
    }

    /** An exit whose reason needs no evidence beyond the registry (see the overload for "turned 18"). */
    @Transactional
    public WaitingListEntry exit(Actor actor, UUID entryId, Long version, ExitReason reason, LocalDate exitedOn,
                                 String notes) {
        return exit(actor, entryId, version, reason, exitedOn, notes, null);
    }

    /**
     * @param ageOverrideReason for "turned 18" when the registry has no birth date: how it is known (else null)
     */
    @Transactional
    public WaitingListEntry exit(Actor actor, UUID entryId, Long version, ExitReason reason, LocalDate exitedOn,
                                 String notes, String ageOverrideReason) {
        actor.require(Permission.RECORD_EXITS);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        EntryStatus before = entry.status();
        entry.exit(reason, exitedOn, notes, children.get(entry.childId()).birthDate(), ageOverrideReason,
                deadlines.today(), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.exited",
                AuditDetails.ofChange(STATUS, before, EntryStatus.EXITED).with(EXIT_REASON, reason)
                        .with(EXITED_ON, exitedOn).with(REASON, notes)
                        .withPresent(AGE_WITHOUT_BIRTH_DATE, entry.exitAgeOverride()));
        return entries.save(entry);
    }
}

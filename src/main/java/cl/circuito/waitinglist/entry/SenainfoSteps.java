package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.audit.AuditField.SENAINFO_ENTERED_ON;
import static cl.circuito.audit.AuditField.SENAINFO_REMOVED_ON;

/**
 * SENAINFO's steps of I-SGC-01 as the director records them: the referral entered in SENAINFO's waiting list, the
 * child declared not eligible removed from it. I-SGC-01 gives both to the director, as it gives the decision, so
 * they take the decision's permission. Each is audited.
 */
@Service
public class SenainfoSteps {

    /** Which step is recorded. */
    public enum Step {
        ENTERED,
        REMOVED
    }

    private final EntryAccess access;
    private final WaitingListEntries entries;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    SenainfoSteps(EntryAccess access, WaitingListEntries entries, Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public WaitingListEntry record(Actor actor, UUID entryId, Long version, Step step, LocalDate on) {
        actor.require(Permission.DECIDE_ADMISSIBILITY);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        if (step == null) {
            throw EntryRuleViolation.invalid("senainfoStep", "senainfo.error.stepRequired");
        }
        if (step == Step.ENTERED) {
            entry.enteredInSenainfo(on, deadlines.today(), Staff.of(actor), clock.instant());
            audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.senainfoEntered",
                    AuditDetails.of(SENAINFO_ENTERED_ON, on));
        } else {
            entry.removedFromSenainfo(on, deadlines.today(), Staff.of(actor), clock.instant());
            audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.senainfoRemoved",
                    AuditDetails.of(SENAINFO_REMOVED_ON, on));
        }
        return entries.save(entry);
    }
}

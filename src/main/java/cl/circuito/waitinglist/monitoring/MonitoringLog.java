package cl.circuito.waitinglist.monitoring;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ACTION;
import static cl.circuito.audit.AuditField.DATE;
import static cl.circuito.audit.AuditField.NOTES;
import static cl.circuito.audit.AuditField.OUTCOME;
import static cl.circuito.audit.AuditField.PERFORMED_BY;
import static cl.circuito.audit.AuditField.STILL_NEEDS_PROGRAM;
import static cl.circuito.audit.AuditField.STILL_REACHABLE;
import static cl.circuito.audit.AuditField.WEEKS_WAITED;

/**
 * Recording monitoring actions on waiting children (director or designee). A "not protected" finding
 * opens the judicial-action task in the same transaction, or joins the one still unresolved.
 */
@Service
public class MonitoringLog {

    private final EntryAccess access;
    private final MonitoringActions actions;
    private final JudicialActions judicialActions;
    private final UserAdministration users;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    MonitoringLog(EntryAccess access, MonitoringActions actions, JudicialActions judicialActions,
                  UserAdministration users, Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.access = access;
        this.actions = actions;
        this.judicialActions = judicialActions;
        this.users = users;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param judicialAction the task following up a "not protected" finding, null otherwise
     * @param judicialActionOpened whether this action opened it (false when one was already unresolved)
     */
    public record Recorded(MonitoringAction action, JudicialAction judicialAction, boolean judicialActionOpened) {
    }

    /**
     * @param performedBy the program's staff member who did it; null means the actor
     */
    @Transactional
    public Recorded record(Actor actor, UUID entryId, MonitoringActionKind kind, LocalDate performedOn,
                           UUID performedBy, MonitoringOutcome outcome, String notes) {
        return record(actor, entryId, kind, performedOn, performedBy, outcome, notes, RevalidationAnswers.NONE);
    }

    /**
     * As above; with {@code answers} given, the action also re-validates the child's long wait (see
     * {@link RevalidationSchedule}): the child leaves the re-validation proposals until the next set point.
     */
    @Transactional
    public Recorded record(Actor actor, UUID entryId, MonitoringActionKind kind, LocalDate performedOn,
                           UUID performedBy, MonitoringOutcome outcome, String notes, RevalidationAnswers answers) {
        actor.require(Permission.RECORD_MONITORING);
        WaitingListEntry entry = access.load(actor, entryId);
        Instant now = clock.instant();
        Staff who = performer(actor, entry, performedBy);
        MonitoringAction action = MonitoringAction.record(entry, kind, performedOn, who, outcome, notes,
                answers == null ? RevalidationAnswers.NONE : answers, deadlines.today(), Staff.of(actor), now);
        audit.changed(actor, AuditAction.CREATED, Subjects.entry(entry), action.isRevalidation()
                        ? "revalidation.audit.recorded" : "monitoring.audit.recorded",
                AuditDetails.of(ACTION, kind).with(DATE, performedOn).with(PERFORMED_BY, who.name())
                        .with(OUTCOME, outcome).with(NOTES, action.notes())
                        .withPresent(STILL_NEEDS_PROGRAM, action.stillNeedsProgram())
                        .withPresent(STILL_REACHABLE, action.stillReachable()).withPresent(WEEKS_WAITED, action.weeksWaited()));
        if (!action.foundNotProtected()) {
            return new Recorded(actions.save(action), null, false);
        }
        JudicialAction unresolved = judicialActions.findUnresolvedByEntry(entry.id()).orElse(null);
        JudicialAction task = unresolved != null ? unresolved : JudicialAction.openFrom(action, now);
        action.announceNotProtected(task.id());
        MonitoringAction saved = actions.save(action);
        if (unresolved == null) {
            judicialActions.save(task);
            audit.changed(actor, AuditAction.CREATED, Subjects.entry(entry), "judicial.audit.opened",
                    AuditDetails.of(DATE, performedOn));
        }
        return new Recorded(saved, task, unresolved == null);
    }

    private Staff performer(Actor actor, WaitingListEntry entry, UUID performedBy) {
        if (performedBy == null || performedBy.equals(actor.userId())) {
            return Staff.of(actor);
        }
        return users.staffOf(entry.programId()).stream()
                .filter(member -> member.userId().equals(performedBy))
                .findFirst()
                .map(member -> new Staff(member.userId(), member.fullName()))
                .orElseThrow(() -> MonitoringRuleViolation.invalid("performedBy", "monitoring.error.notStaff"));
    }
}

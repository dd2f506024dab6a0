package cl.circuito.waitinglist.monitoring;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ANSWERED_ON;
import static cl.circuito.audit.AuditField.COURT_ANSWER;
import static cl.circuito.audit.AuditField.REQUEST;
import static cl.circuito.audit.AuditField.REQUESTED_ON;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * Following up a child found not protected: the director records the request to the court (medida
 * cautelar or extraordinary hearing), then the court's answer, which resolves the task.
 */
@Service
public class JudicialProtection {

    private final JudicialActions judicialActions;
    private final ProgramDirectory programs;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    JudicialProtection(JudicialActions judicialActions, ProgramDirectory programs, Deadlines deadlines,
                       AuditTrail audit, Clock clock) {
        this.judicialActions = judicialActions;
        this.programs = programs;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public JudicialAction request(Actor actor, UUID judicialActionId, Long version, JudicialActionKind kind,
                                  LocalDate requestedOn) {
        actor.require(Permission.MANAGE_JUDICIAL_ACTIONS);
        JudicialAction action = load(actor, judicialActionId);
        action.requireVersion(version);
        action.request(kind, requestedOn, deadlines.today(), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(action), "judicial.audit.requested",
                AuditDetails.ofChange(STATUS, JudicialActionStatus.OPEN, JudicialActionStatus.REQUESTED)
                        .with(REQUEST, kind).with(REQUESTED_ON, requestedOn));
        return judicialActions.save(action);
    }

    @Transactional
    public JudicialAction answer(Actor actor, UUID judicialActionId, Long version, String answer,
                                 LocalDate answeredOn) {
        actor.require(Permission.MANAGE_JUDICIAL_ACTIONS);
        JudicialAction action = load(actor, judicialActionId);
        action.requireVersion(version);
        action.answer(answer, answeredOn, deadlines.today(), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, subject(action), "judicial.audit.answered",
                AuditDetails.ofChange(STATUS, JudicialActionStatus.REQUESTED, JudicialActionStatus.RESOLVED)
                        .with(COURT_ANSWER, action.courtAnswer()).with(ANSWERED_ON, answeredOn));
        return judicialActions.save(action);
    }

    /** Only within the actor's scope: another program's task is simply not found. */
    private JudicialAction load(Actor actor, UUID judicialActionId) {
        return judicialActions.findById(judicialActionId)
                .filter(a -> programs.visibleIds(actor.scope()).contains(a.programId()))
                .orElseThrow(() -> MonitoringRuleViolation.notFound("judicial.error.notFound"));
    }

    private static AuditTrail.Subject subject(JudicialAction action) {
        return new AuditTrail.Subject(Subjects.ENTRY, action.entryId(), action.programId());
    }
}

package cl.circuito.waitinglist.monitoring;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.KIND;
import static cl.circuito.audit.AuditField.MONTH;
import static cl.circuito.audit.AuditField.PLANNED;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.REQUIRED;
import static cl.circuito.audit.AuditField.WAITING;

/**
 * The director plans a month's monitoring from Circuito's proposal, then adds children or removes
 * proposed ones (with a reason). Past months are history: they are not planned nor changed.
 */
@Service
public class MonitoringPlanning {

    static final String PLAN_SUBJECT = "MONITORING_PLAN";

    private final MonitoringPlans plans;
    private final MonitoringProposals proposals;
    private final EntryAccess access;
    private final ProgramDirectory programs;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    MonitoringPlanning(MonitoringPlans plans, MonitoringProposals proposals, EntryAccess access,
                       ProgramDirectory programs, Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.proposals = proposals;
        this.access = access;
        this.programs = programs;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** "Planificar el mes": the plan is the proposal as of now. */
    @Transactional
    public MonitoringPlan plan(Actor actor, UUID programId, YearMonth month) {
        actor.require(Permission.PLAN_MONITORING);
        ProgramSummary program = programs.get(programId, actor.scope());
        requireOpenMonth(month);
        if (plans.findByProgramAndMonth(programId, month.atDay(1)).isPresent()) {
            throw MonitoringRuleViolation.conflict("monitoring.error.monthAlreadyPlanned");
        }
        MonitoringProposals.Proposal proposal = proposals.of(program);
        List<MonitoringSample.Proposed> planned = proposals.forPlan(program, month, proposal);
        MonitoringPlan plan = MonitoringPlan.create(programId, month, proposal.kind(), proposal.waiting(),
                proposal.required(), planned, Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CREATED, new AuditTrail.Subject(PLAN_SUBJECT, plan.id(), programId),
                "monitoring.audit.planCreated", AuditDetails.of(MONTH, month).with(KIND, proposal.kind())
                        .with(WAITING, proposal.waiting()).with(REQUIRED, proposal.required())
                        .with(PLANNED, planned.size()));
        try {
            return plans.saveAndFlush(plan);
        } catch (DataIntegrityViolationException e) {
            // Someone planned the same month a moment ago.
            throw MonitoringRuleViolation.conflict("monitoring.error.monthAlreadyPlanned");
        }
    }

    @Transactional
    public MonitoringPlan add(Actor actor, UUID programId, YearMonth month, UUID entryId) {
        actor.require(Permission.PLAN_MONITORING);
        MonitoringPlan plan = openPlan(actor, programId, month);
        WaitingListEntry entry = entryOfProgram(actor, programId, entryId);
        if (entry.status() != EntryStatus.WAITING && entry.status() != EntryStatus.SCHEDULED) {
            throw MonitoringRuleViolation.invalid("entryId", "monitoring.error.notOnList");
        }
        plan.add(entry.id(), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "monitoring.audit.planChildAdded",
                AuditDetails.of(MONTH, month));
        return plans.save(plan);
    }

    @Transactional
    public MonitoringPlan remove(Actor actor, UUID programId, YearMonth month, UUID entryId, Long version,
                                 String reason) {
        actor.require(Permission.PLAN_MONITORING);
        MonitoringPlan plan = openPlan(actor, programId, month);
        Versions.require(plan.version(), version);
        WaitingListEntry entry = entryOfProgram(actor, programId, entryId);
        plan.remove(entry.id(), reason, Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "monitoring.audit.planChildRemoved",
                AuditDetails.of(MONTH, month).with(REASON, reason.trim()));
        return plans.save(plan);
    }

    private MonitoringPlan openPlan(Actor actor, UUID programId, YearMonth month) {
        programs.get(programId, actor.scope());
        requireOpenMonth(month);
        return plans.findByProgramAndMonth(programId, month.atDay(1))
                .orElseThrow(() -> MonitoringRuleViolation.conflict("monitoring.error.noPlan"));
    }

    private WaitingListEntry entryOfProgram(Actor actor, UUID programId, UUID entryId) {
        if (entryId == null) {
            throw MonitoringRuleViolation.invalid("entryId", "monitoring.error.childRequired");
        }
        WaitingListEntry entry = access.load(actor, entryId);
        if (!entry.programId().equals(programId)) {
            throw MonitoringRuleViolation.invalid("entryId", "monitoring.error.notInProgram");
        }
        return entry;
    }

    private void requireOpenMonth(YearMonth month) {
        if (month.isBefore(YearMonth.from(deadlines.today()))) {
            throw MonitoringRuleViolation.conflict("monitoring.error.pastMonth");
        }
    }
}

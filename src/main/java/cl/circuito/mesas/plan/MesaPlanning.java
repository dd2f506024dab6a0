package cl.circuito.mesas.plan;

import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.MesaAudit;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaMembers;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.mesa.Mesas;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ACTIVITY;
import static cl.circuito.audit.AuditField.OBJECTIVE;
import static cl.circuito.audit.AuditField.PLAN;
import static cl.circuito.audit.AuditField.STATUS;
import static cl.circuito.audit.AuditField.TITLE;

/** A Mesa's semester and yearly plans: everyone with standing reads them, the co-facilitators write them. */
@Service
public class MesaPlanning {

    private static final String PLANS = """
            select p.id, p.version, p.period_kind, p.year, p.semester, p.title,
                   o.id as objective_id, o.position as objective_position, o.text,
                   a.id as activity_id, a.description, a.responsible_member_id, m.name as member_name,
                   a.responsible_person, a.planned_on, a.month_only, a.status, a.done_on, a.note
              from mesa_plan p
              left join mesa_plan_objective o on o.plan_id = p.id
              left join mesa_plan_activity a on a.objective_id = o.id
              left join mesa_member m on m.id = a.responsible_member_id
             where p.mesa_id = :mesa
             order by p.year desc, coalesce(p.semester, 0) desc, p.created_at, o.position, a.position""";

    private final MesaAccess access;
    private final Mesas mesas;
    private final MesaPlans plans;
    private final MesaMembers members;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MesaPlanning(MesaAccess access, Mesas mesas, MesaPlans plans, MesaMembers members, AuditTrail audit,
                 JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.mesas = mesas;
        this.plans = plans;
        this.members = members;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every plan of the Mesa, the latest period first, in one query. */
    @Transactional(readOnly = true)
    public List<PlanView> plans(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return read(mesaId);
    }

    @Transactional(readOnly = true)
    public PlanView plan(Actor actor, UUID mesaId, UUID planId) {
        access.standing(actor, mesaId).requireRead();
        return read(mesaId).stream().filter(p -> p.id().equals(planId)).findFirst()
                .orElseThrow(() -> new NotFound("mesaPlan"));
    }

    public List<PlanView> read(UUID mesaId) {
        Map<UUID, PlanView> byId = new LinkedHashMap<>();
        Map<UUID, PlanView.Objective> objectives = new LinkedHashMap<>();
        jdbc.sql(PLANS).param("mesa", mesaId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            PlanView plan = byId.get(id);
            if (plan == null) {
                PlanPeriod kind = PlanPeriod.valueOf(rs.getString("period_kind"));
                int year = rs.getInt("year");
                Integer semester = (Integer) rs.getObject("semester");
                plan = new PlanView(id, rs.getLong("version"), kind, year, semester, rs.getString("title"),
                        kind.start(year, semester), kind.end(year, semester), new ArrayList<>());
                byId.put(id, plan);
            }
            UUID objectiveId = rs.getObject("objective_id", UUID.class);
            if (objectiveId == null) {
                return;
            }
            PlanView.Objective objective = objectives.get(objectiveId);
            if (objective == null) {
                objective = new PlanView.Objective(objectiveId, rs.getInt("objective_position"), rs.getString("text"),
                        new ArrayList<>());
                objectives.put(objectiveId, objective);
                plan.objectives().add(objective);
            }
            UUID activityId = rs.getObject("activity_id", UUID.class);
            if (activityId != null) {
                objective.activities().add(new PlanView.Activity(activityId, rs.getString("description"),
                        rs.getObject("responsible_member_id", UUID.class), rs.getString("member_name"),
                        rs.getString("responsible_person"), rs.getObject("planned_on", LocalDate.class),
                        rs.getBoolean("month_only"), PlanActivityStatus.valueOf(rs.getString("status")),
                        rs.getObject("done_on", LocalDate.class), rs.getString("note")));
            }
        });
        return List.copyOf(byId.values());
    }

    @Transactional
    public MesaPlan draw(Actor actor, UUID mesaId, MesaPlan.Heading heading) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        MesaPlan plan = MesaPlan.draw(mesa, heading, actor.displayName(), clock.instant());
        requireFreePeriod(plan);
        plans.save(plan);
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.planDrawn", AuditDetails.of(PLAN, plan.title()));
        return plan;
    }

    @Transactional
    public MesaPlan retitle(Actor actor, UUID mesaId, UUID planId, Long version, MesaPlan.Heading heading) {
        MesaPlan plan = toEdit(actor, mesaId, planId, version);
        plan.retitle(heading, actor.displayName(), clock.instant());
        requireFreePeriod(plan);
        return saved(actor, plan, "mesamembers.audit.planRetitled", AuditDetails.of(TITLE, plan.title()));
    }

    @Transactional
    public PlanObjective addObjective(Actor actor, UUID mesaId, UUID planId, Long version, String text) {
        MesaPlan plan = toEdit(actor, mesaId, planId, version);
        PlanObjective objective = plan.addObjective(text, actor.displayName(), clock.instant());
        saved(actor, plan, "mesamembers.audit.objectiveAdded", AuditDetails.of(OBJECTIVE, objective.text()));
        return objective;
    }

    @Transactional
    public MesaPlan rewriteObjective(Actor actor, UUID mesaId, UUID planId, Long version, UUID objectiveId, String text) {
        MesaPlan plan = toEdit(actor, mesaId, planId, version);
        plan.rewriteObjective(objectiveId, text, actor.displayName(), clock.instant());
        return saved(actor, plan, "mesamembers.audit.objectiveChanged", AuditDetails.of(OBJECTIVE, text));
    }

    @Transactional
    public MesaPlan removeObjective(Actor actor, UUID mesaId, UUID planId, Long version, UUID objectiveId) {
        MesaPlan plan = toEdit(actor, mesaId, planId, version);
        plan.removeObjective(objectiveId, actor.displayName(), clock.instant());
        return saved(actor, plan, "mesamembers.audit.objectiveRemoved", AuditDetails.of(OBJECTIVE, objectiveId));
    }

    @Transactional
    public PlanActivity addActivity(Actor actor, UUID mesaId, UUID planId, Long version, UUID objectiveId,
                                    PlanActivity.Details details) {
        MesaPlan plan = toEdit(actor, mesaId, planId, version);
        requireMember(mesaId, details.responsibleMemberId());
        PlanActivity activity = plan.addActivity(objectiveId, details, actor.displayName(), clock.instant());
        saved(actor, plan, "mesamembers.audit.planActivityAdded", AuditDetails.of(ACTIVITY, activity.description()));
        return activity;
    }

    @Transactional
    public PlanActivity changeActivity(Actor actor, UUID mesaId, UUID planId, Long version, UUID activityId,
                                       PlanActivity.Details details) {
        MesaPlan plan = toEdit(actor, mesaId, planId, version);
        requireMember(mesaId, details.responsibleMemberId());
        plan.changeActivity(activityId, details, actor.displayName(), clock.instant());
        PlanActivity activity = plan.activity(activityId);
        saved(actor, plan, "mesamembers.audit.planActivityChanged", AuditDetails.of(ACTIVITY, activity.description())
                .with(STATUS, activity.status()));
        return activity;
    }

    private MesaPlan toEdit(Actor actor, UUID mesaId, UUID planId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        MesaPlan plan = plans.findByIdAndMesaId(planId, mesaId).orElseThrow(() -> new NotFound("mesaPlan"));
        Versions.require(plan.version(), version);
        return plan;
    }

    private MesaPlan saved(Actor actor, MesaPlan plan, String what, AuditDetails details) {
        plans.flush();
        MesaAudit.changed(audit, actor, plan.mesaId(), what, details.with(PLAN, plan.title()));
        return plan;
    }

    private void requireFreePeriod(MesaPlan plan) {
        if (plans.existsPeriod(plan.mesaId(), plan.year(), plan.periodKind(), plan.semester(), plan.id())) {
            throw MesaRuleViolation.invalid("periodKind", "mesamembers.error.planExists");
        }
    }

    /** Who does an activity is one of the Mesa's current members (or no one in particular). */
    void requireMember(UUID mesaId, UUID memberId) {
        if (memberId != null && members.findByIdAndMesaId(memberId, mesaId).filter(MesaMember::isCurrent).isEmpty()) {
            throw MesaRuleViolation.invalid("responsibleMemberId", "mesamembers.error.responsible");
        }
    }
}

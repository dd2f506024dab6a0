package cl.circuito.mesas.plan;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.NotFound;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A Mesa's semester or yearly plan (promoted by the OPD and the EDT): objectives, and per objective the
 * activities with who does them, when, and how they stand. Its progress is the share of activities done
 * among those not cancelled.
 */
@Entity
@Table(name = "mesa_plan")
public class MesaPlan {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_TITLE = 200;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    @Enumerated(EnumType.STRING)
    private PlanPeriod periodKind;
    private int year;
    private Integer semester;
    private String title;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<PlanObjective> objectives = new ArrayList<>();

    protected MesaPlan() {
    }

    /** The period a plan covers and how it is called. */
    public record Heading(PlanPeriod periodKind, Integer year, Integer semester, String title) {
    }

    static MesaPlan draw(Mesa mesa, Heading heading, String byName, Instant now) {
        MesaPlan plan = new MesaPlan();
        plan.id = UUID.randomUUID();
        plan.mesaId = mesa.id();
        plan.createdAt = now;
        plan.createdByName = byName;
        plan.retitle(heading, byName, now);
        return plan;
    }

    void retitle(Heading h, String byName, Instant now) {
        if (h.periodKind() == null) {
            throw MesaRuleViolation.invalid("periodKind", "mesamembers.error.required.periodKind");
        }
        if (h.year() == null || h.year() < 2000 || h.year() > 2100) {
            throw MesaRuleViolation.invalid("year", "mesamembers.error.year");
        }
        if (h.periodKind() == PlanPeriod.SEMESTER && (h.semester() == null || h.semester() < 1 || h.semester() > 2)) {
            throw MesaRuleViolation.invalid("semester", "mesamembers.error.required.semester");
        }
        if (h.title() == null || h.title().isBlank()) {
            throw MesaRuleViolation.invalid("title", "mesamembers.error.required.planTitle");
        }
        if (h.title().strip().length() > MAX_TITLE) {
            throw MesaRuleViolation.invalid("title", "mesas.error.tooLong", MAX_TITLE);
        }
        Integer semester = h.periodKind() == PlanPeriod.SEMESTER ? h.semester() : null;
        for (PlanObjective objective : objectives) {
            for (PlanActivity activity : objective.activities()) {
                if (activity.plannedOn() != null && outside(activity.plannedOn(), h.periodKind(), h.year(), semester)) {
                    throw MesaRuleViolation.invalid("periodKind", "mesamembers.error.activitiesOutsidePeriod");
                }
            }
        }
        this.periodKind = h.periodKind();
        this.year = h.year();
        this.semester = semester;
        this.title = h.title().strip();
        touch(byName, now);
    }

    PlanObjective addObjective(String text, String byName, Instant now) {
        int position = objectives.stream().mapToInt(PlanObjective::position).max().orElse(0) + 1;
        PlanObjective objective = new PlanObjective(position, text);
        objectives.add(objective);
        touch(byName, now);
        return objective;
    }

    void rewriteObjective(UUID objectiveId, String text, String byName, Instant now) {
        objective(objectiveId).rewrite(text);
        touch(byName, now);
    }

    /** An objective with activities stays: cancel its activities instead, so the record of the plan is kept. */
    void removeObjective(UUID objectiveId, String byName, Instant now) {
        PlanObjective objective = objective(objectiveId);
        if (!objective.activities().isEmpty()) {
            throw MesaRuleViolation.conflict("mesamembers.error.objectiveHasActivities");
        }
        objectives.remove(objective);
        touch(byName, now);
    }

    PlanActivity addActivity(UUID objectiveId, PlanActivity.Details details, String byName, Instant now) {
        PlanObjective objective = objective(objectiveId);
        requireWithinPeriod(details);
        int position = objective.activities().stream().mapToInt(PlanActivity::position).max().orElse(0) + 1;
        PlanActivity activity = new PlanActivity(position, details);
        objective.mutableActivities().add(activity);
        touch(byName, now);
        return activity;
    }

    void changeActivity(UUID activityId, PlanActivity.Details details, String byName, Instant now) {
        PlanActivity activity = activity(activityId);
        requireWithinPeriod(details);
        activity.apply(details);
        touch(byName, now);
    }

    private void requireWithinPeriod(PlanActivity.Details d) {
        if (d.plannedOn() != null && outside(d.monthOnly() ? d.plannedOn().withDayOfMonth(1) : d.plannedOn(),
                periodKind, year, semester)) {
            throw MesaRuleViolation.invalid("plannedOn", "mesamembers.error.outsidePeriod",
                    ChileanDates.day(start()), ChileanDates.day(end()));
        }
    }

    private static boolean outside(LocalDate date, PlanPeriod kind, int year, Integer semester) {
        return date.isBefore(kind.start(year, semester)) || date.isAfter(kind.end(year, semester));
    }

    private PlanObjective objective(UUID objectiveId) {
        return objectives.stream().filter(o -> o.id().equals(objectiveId)).findFirst()
                .orElseThrow(() -> new NotFound("mesaPlanItem"));
    }

    public PlanActivity activity(UUID activityId) {
        return objectives.stream().flatMap(o -> o.activities().stream()).filter(a -> a.id().equals(activityId))
                .findFirst().orElseThrow(() -> new NotFound("mesaPlanItem"));
    }

    private void touch(String byName, Instant now) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public LocalDate start() {
        return periodKind.start(year, semester);
    }

    public LocalDate end() {
        return periodKind.end(year, semester);
    }

    /** Activities done, and those that count (all but the cancelled). */
    public Progress progress() {
        int done = 0;
        int counted = 0;
        for (PlanObjective objective : objectives) {
            for (PlanActivity activity : objective.activities()) {
                if (activity.status() != PlanActivityStatus.CANCELLED) {
                    counted++;
                }
                if (activity.status() == PlanActivityStatus.DONE) {
                    done++;
                }
            }
        }
        return new Progress(done, counted);
    }

    public record Progress(int done, int counted) {

        /** Whole percent, 0 for a plan with nothing to do yet. */
        public int percent() {
            return counted == 0 ? 0 : Math.round(100f * done / counted);
        }
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

    public PlanPeriod periodKind() {
        return periodKind;
    }

    public int year() {
        return year;
    }

    public Integer semester() {
        return semester;
    }

    public String title() {
        return title;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }

    public List<PlanObjective> objectives() {
        return Collections.unmodifiableList(objectives);
    }
}

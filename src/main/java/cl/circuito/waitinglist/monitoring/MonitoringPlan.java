package cl.circuito.waitinglist.monitoring;

import cl.circuito.waitinglist.entry.Staff;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A program's monitoring plan for one month: who is to be monitored and why. Created from the proposal;
 * the director then adds children or removes proposed ones with a reason (a removed child stays on
 * record with who removed it and why).
 */
@Entity
@Table(name = "monitoring_plan")
public class MonitoringPlan {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID programId;
    @Column(name = "month")
    private LocalDate firstDay;
    @Enumerated(EnumType.STRING)
    private MonitoringPlanKind kind;
    private int waitingAtCreation;
    private int requiredSize;
    private Instant createdAt;
    private UUID createdById;
    private String createdByName;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MonitoringPlanItem> items = new ArrayList<>();

    protected MonitoringPlan() {
    }

    static MonitoringPlan create(UUID programId, YearMonth month, MonitoringPlanKind kind, int waiting,
                                 int requiredSize, List<MonitoringSample.Proposed> proposal, Staff actor,
                                 Instant now) {
        MonitoringPlan plan = new MonitoringPlan();
        plan.id = UUID.randomUUID();
        plan.programId = programId;
        plan.firstDay = month.atDay(1);
        plan.kind = kind;
        plan.waitingAtCreation = waiting;
        plan.requiredSize = requiredSize;
        plan.createdAt = now;
        plan.createdById = actor.id();
        plan.createdByName = actor.name();
        for (MonitoringSample.Proposed proposed : proposal) {
            plan.items.add(new MonitoringPlanItem(plan, proposed.entryId(), plan.items.size() + 1, proposed.reason(),
                    actor, now));
        }
        return plan;
    }

    /** The director adds a child; one removed before comes back, now as the director's choice. */
    MonitoringPlanItem add(UUID entryId, Staff actor, Instant now) {
        Optional<MonitoringPlanItem> existing = item(entryId);
        if (existing.isPresent()) {
            if (!existing.get().removed()) {
                throw MonitoringRuleViolation.invalid("entryId", "monitoring.error.alreadyPlanned");
            }
            existing.get().restore(actor, now);
            return existing.get();
        }
        MonitoringPlanItem item = new MonitoringPlanItem(this, entryId, items.size() + 1,
                MonitoringPlanReason.ADDED_BY_DIRECTOR, actor, now);
        items.add(item);
        return item;
    }

    /** A planned child leaves the plan, always with a short reason. */
    MonitoringPlanItem remove(UUID entryId, String reason, Staff actor, Instant now) {
        MonitoringPlanItem item = item(entryId).filter(i -> !i.removed())
                .orElseThrow(() -> MonitoringRuleViolation.invalid("entryId", "monitoring.error.notPlanned"));
        if (reason == null || reason.isBlank()) {
            throw MonitoringRuleViolation.invalid("reason", "monitoring.error.removalReasonRequired");
        }
        item.remove(reason.trim(), actor, now);
        return item;
    }

    /**
     * The child of {@code entryId} was disposed of: the reason written for taking it out of the plan goes; its line
     * stays (the month's planned and done counts read it).
     */
    void forgetReasonsAbout(UUID entryId, LocalDate on) {
        item(entryId).ifPresent(item -> item.dispose(on));
    }

    private Optional<MonitoringPlanItem> item(UUID entryId) {
        return items.stream().filter(i -> i.entryId().equals(entryId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID programId() {
        return programId;
    }

    public YearMonth month() {
        return YearMonth.from(firstDay);
    }

    public MonitoringPlanKind kind() {
        return kind;
    }

    public int waitingAtCreation() {
        return waitingAtCreation;
    }

    public int requiredSize() {
        return requiredSize;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdByName() {
        return createdByName;
    }

    public List<MonitoringPlanItem> items() {
        return List.copyOf(items);
    }
}

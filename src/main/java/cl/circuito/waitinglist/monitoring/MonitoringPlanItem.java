package cl.circuito.waitinglist.monitoring;

import cl.circuito.waitinglist.entry.Staff;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One child of a month's monitoring plan. Changed by the plan's verbs only. */
@Entity
@Table(name = "monitoring_plan_item")
public class MonitoringPlanItem {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private MonitoringPlan plan;
    private UUID entryId;
    private int position;
    @Enumerated(EnumType.STRING)
    private MonitoringPlanReason reason;
    private Instant addedAt;
    private String addedByName;
    private Instant removedAt;
    private String removedByName;
    private String removalReason;
    private LocalDate disposedOn;

    protected MonitoringPlanItem() {
    }

    MonitoringPlanItem(MonitoringPlan plan, UUID entryId, int position, MonitoringPlanReason reason, Staff actor,
                       Instant now) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.entryId = entryId;
        this.position = position;
        this.reason = reason;
        this.addedAt = now;
        this.addedByName = actor.name();
    }

    void remove(String reason, Staff actor, Instant now) {
        this.removedAt = now;
        this.removedByName = actor.name();
        this.removalReason = reason;
    }

    void restore(Staff actor, Instant now) {
        this.removedAt = null;
        this.removedByName = null;
        this.removalReason = null;
        this.reason = MonitoringPlanReason.ADDED_BY_DIRECTOR;
        this.addedAt = now;
        this.addedByName = actor.name();
    }

    void dispose(LocalDate on) {
        this.removalReason = null;
        this.disposedOn = on;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public UUID entryId() {
        return entryId;
    }

    public MonitoringPlanReason reason() {
        return reason;
    }

    public String removalReason() {
        return removalReason;
    }
}

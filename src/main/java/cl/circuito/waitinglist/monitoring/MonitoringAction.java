package cl.circuito.waitinglist.monitoring;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringEvents;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One monitoring action on a waiting child: what was done, when, by whom and what it found. Recorded
 * once and never edited; its own aggregate so recording it does not touch (nor lock) the entry.
 */
@Entity
@Table(name = "monitoring_action")
public class MonitoringAction extends AbstractAggregateRoot<MonitoringAction> {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID entryId;
    private UUID programId;
    @Enumerated(EnumType.STRING)
    private MonitoringActionKind kind;
    private LocalDate performedOn;
    private UUID performedById;
    private String performedByName;
    @Enumerated(EnumType.STRING)
    private MonitoringOutcome outcome;
    private String notes;
    private Instant recordedAt;
    private UUID recordedById;
    private String recordedByName;
    private Boolean stillNeedsProgram;
    private Boolean stillReachable;
    private Integer weeksWaited;

    protected MonitoringAction() {
    }

    /**
     * Only a child still on the list (waiting, or with an admission scheduled) is monitored; the date is
     * required, not in the future and not before the referral was received.
     */
    static MonitoringAction record(WaitingListEntry entry, MonitoringActionKind kind, LocalDate performedOn,
                                   Staff performedBy, MonitoringOutcome outcome, String notes, LocalDate today,
                                   Staff actor, Instant now) {
        return record(entry, kind, performedOn, performedBy, outcome, notes, RevalidationAnswers.NONE, today, actor,
                now);
    }

    /**
     * As a plain action; with {@code answers} given it is also the re-validation of a long wait, which must answer
     * both questions and keeps the whole weeks the child had waited on its day.
     */
    static MonitoringAction record(WaitingListEntry entry, MonitoringActionKind kind, LocalDate performedOn,
                                   Staff performedBy, MonitoringOutcome outcome, String notes,
                                   RevalidationAnswers answers, LocalDate today, Staff actor, Instant now) {
        if (entry.status() != EntryStatus.WAITING && entry.status() != EntryStatus.SCHEDULED) {
            throw MonitoringRuleViolation.conflict("monitoring.error.notWaiting");
        }
        if (kind == null) {
            throw MonitoringRuleViolation.invalid("kind", "monitoring.error.kindRequired");
        }
        MonitoringDates.requirePastOrToday("performedOn", performedOn, today);
        if (performedOn.isBefore(entry.receivedOn())) {
            throw MonitoringRuleViolation.invalid("performedOn", "monitoring.error.beforeReceipt",
                    ChileanDates.day(entry.receivedOn()));
        }
        if (outcome == null) {
            throw MonitoringRuleViolation.invalid("outcome", "monitoring.error.outcomeRequired");
        }
        if (answers.given()) {
            answers.requireComplete();
        }
        MonitoringAction action = new MonitoringAction();
        action.id = UUID.randomUUID();
        if (answers.given()) {
            action.stillNeedsProgram = answers.stillNeedsProgram();
            action.stillReachable = answers.stillReachable();
            action.weeksWaited = RevalidationSchedule.weeksWaited(entry.receivedOn(), performedOn);
        }
        action.entryId = entry.id();
        action.programId = entry.programId();
        action.kind = kind;
        action.performedOn = performedOn;
        action.performedById = performedBy.id();
        action.performedByName = performedBy.name();
        action.outcome = outcome;
        action.notes = notes == null || notes.isBlank() ? null : notes.trim();
        action.recordedAt = now;
        action.recordedById = actor.id();
        action.recordedByName = actor.name();
        action.registerEvent(new MonitoringEvents.MonitoringRecorded(action.id, action.entryId, action.programId, kind,
                outcome, performedOn));
        return action;
    }

    /** Disposed of with its entry: what was written about the child goes; kind, day, outcome and who (staff) stay. */
    void eraseNotes() {
        this.notes = null;
    }

    boolean foundNotProtected() {
        return outcome == MonitoringOutcome.NOT_PROTECTED;
    }

    /** Tells the other modules, naming the judicial-action task that follows it up. */
    void announceNotProtected(UUID judicialActionId) {
        registerEvent(new MonitoringEvents.ChildFoundNotProtected(entryId, programId, id, judicialActionId,
                performedOn));
    }

    public UUID id() {
        return id;
    }

    public UUID entryId() {
        return entryId;
    }

    public UUID programId() {
        return programId;
    }

    public MonitoringActionKind kind() {
        return kind;
    }

    public LocalDate performedOn() {
        return performedOn;
    }

    public String performedByName() {
        return performedByName;
    }

    public MonitoringOutcome outcome() {
        return outcome;
    }

    public String notes() {
        return notes;
    }

    /** Whether this action re-validated the wait (then the two answers and the weeks waited are set). */
    public boolean isRevalidation() {
        return stillNeedsProgram != null;
    }

    public Boolean stillNeedsProgram() {
        return stillNeedsProgram;
    }

    public Boolean stillReachable() {
        return stillReachable;
    }

    public Integer weeksWaited() {
        return weeksWaited;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedByName() {
        return recordedByName;
    }
}

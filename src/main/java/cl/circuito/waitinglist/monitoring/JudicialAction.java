package cl.circuito.waitinglist.monitoring;

import cl.circuito.shared.Versions;
import cl.circuito.waitinglist.MonitoringEvents;
import cl.circuito.waitinglist.entry.Staff;
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
 * The task a "not protected" finding opens: the director asks the family court for a medida cautelar or
 * an extraordinary hearing (I-SGC-01), and the task stays open until the court's answer is on file.
 */
@Entity
@Table(name = "judicial_action")
public class JudicialAction extends AbstractAggregateRoot<JudicialAction> {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID entryId;
    private UUID programId;
    private UUID monitoringActionId;
    private LocalDate openedOn;
    private Instant openedAt;
    @Enumerated(EnumType.STRING)
    private JudicialActionStatus status;
    @Enumerated(EnumType.STRING)
    private JudicialActionKind kind;
    private LocalDate requestedOn;
    private Instant requestedAt;
    private String requestedByName;
    private String courtAnswer;
    private LocalDate answeredOn;
    private Instant answeredAt;
    private String answeredByName;
    /** The day it was disposed of with its entry (the court's answer erased), or null. */
    private LocalDate disposedOn;

    protected JudicialAction() {
    }

    /** Opened on the day the child was found not protected. */
    static JudicialAction openFrom(MonitoringAction finding, Instant now) {
        if (!finding.foundNotProtected()) {
            throw new IllegalArgumentException("Only a 'not protected' finding opens a judicial action");
        }
        JudicialAction action = new JudicialAction();
        action.id = UUID.randomUUID();
        action.entryId = finding.entryId();
        action.programId = finding.programId();
        action.monitoringActionId = finding.id();
        action.openedOn = finding.performedOn();
        action.openedAt = now;
        action.status = JudicialActionStatus.OPEN;
        return action;
    }

    /** The request went to the court: which measure, and when (not before the finding, not in the future). */
    void request(JudicialActionKind kind, LocalDate on, LocalDate today, Staff actor, Instant now) {
        if (status != JudicialActionStatus.OPEN) {
            throw MonitoringRuleViolation.conflict(status == JudicialActionStatus.REQUESTED
                    ? "judicial.error.alreadyRequested" : "judicial.error.resolved");
        }
        if (kind == null) {
            throw MonitoringRuleViolation.invalid("kind", "judicial.error.kindRequired");
        }
        MonitoringDates.requireBetween("requestedOn", on, openedOn, "judicial.error.beforeOpened", today);
        this.kind = kind;
        this.requestedOn = on;
        this.requestedAt = now;
        this.requestedByName = actor.name();
        this.status = JudicialActionStatus.REQUESTED;
        registerEvent(new MonitoringEvents.JudicialActionRequested(id, entryId, programId, kind, on));
    }

    /** The court's answer resolves the task; it cannot come before the request. */
    void answer(String answer, LocalDate on, LocalDate today, Staff actor, Instant now) {
        if (status != JudicialActionStatus.REQUESTED) {
            throw MonitoringRuleViolation.conflict(status == JudicialActionStatus.OPEN
                    ? "judicial.error.notRequested" : "judicial.error.resolved");
        }
        if (answer == null || answer.isBlank()) {
            throw MonitoringRuleViolation.invalid("answer", "judicial.error.answerRequired");
        }
        MonitoringDates.requireBetween("answeredOn", on, requestedOn, "judicial.error.beforeRequested", today);
        this.courtAnswer = answer.trim();
        this.answeredOn = on;
        this.answeredAt = now;
        this.answeredByName = actor.name();
        this.status = JudicialActionStatus.RESOLVED;
        registerEvent(new MonitoringEvents.JudicialActionResolved(id, entryId, programId, kind, on));
    }

    /**
     * Disposed of with its entry: the court's answer goes; the measure asked for and the dates stay. Only a resolved
     * action: one still open is a child's protection in course.
     */
    void dispose(LocalDate on) {
        if (status != JudicialActionStatus.RESOLVED) {
            throw MonitoringRuleViolation.conflict("judicial.error.disposeUnresolved");
        }
        this.courtAnswer = null;
        this.disposedOn = on;
    }

    void requireVersion(Long expected) {
        Versions.require(version, expected, "judicial.error.stale");
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID entryId() {
        return entryId;
    }

    public UUID programId() {
        return programId;
    }

    public UUID monitoringActionId() {
        return monitoringActionId;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public JudicialActionStatus status() {
        return status;
    }

    public JudicialActionKind kind() {
        return kind;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public String courtAnswer() {
        return courtAnswer;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answeredByName() {
        return answeredByName;
    }
}

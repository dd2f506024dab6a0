package cl.circuito.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of the audit trail. Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent implements Persistable<UUID> {

    @Id
    private UUID id;
    private Instant occurredAt;
    private UUID actorId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String subjectType;
    private UUID subjectId;
    private UUID programId;
    /** A message key of the bundle describing what happened, e.g. "audit.entry.declaredEligible". */
    private String what;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> changes;
    /**
     * A line is only ever inserted: saying so spares every audited read the select a merge would send first
     * to look for an existing row with the same (random) id.
     */
    @Transient
    private boolean fresh;

    protected AuditEvent() {
    }

    @PostLoad
    void loaded() {
        fresh = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    AuditEvent(Instant occurredAt, UUID actorId, String actorName, AuditAction action, String subjectType,
               UUID subjectId, UUID programId, String what, Map<String, Object> changes) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.programId = programId;
        this.what = what;
        this.changes = changes;
        this.fresh = true;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public AuditAction action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public UUID programId() {
        return programId;
    }

    public String what() {
        return what;
    }

    public Map<String, Object> changes() {
        return changes == null ? Map.of() : changes;
    }
}

package cl.circuito.waitinglist.entry;

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

/** One step of an entry's timeline. Written by the entry's verbs only. */
@Entity
@Table(name = "entry_event")
public class EntryEvent {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private WaitingListEntry entry;
    @Enumerated(EnumType.STRING)
    private EntryEventKind kind;
    private LocalDate occurredOn;
    private Instant recordedAt;
    private UUID actorId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private BackgroundActionKind actionKind;
    private UUID performedById;
    private String performedByName;
    private String notes;
    /** A short, already-formatted fact, e.g. "Plazo: 05-12-2026 → 19-12-2026". */
    private String detail;

    protected EntryEvent() {
    }

    EntryEvent(WaitingListEntry entry, EntryEventKind kind, LocalDate occurredOn, Instant recordedAt, Staff actor,
               String notes, String detail) {
        this.id = UUID.randomUUID();
        this.entry = entry;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.recordedAt = recordedAt;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.notes = notes;
        this.detail = detail;
    }

    EntryEvent performedAction(BackgroundActionKind actionKind, Staff performedBy) {
        this.actionKind = actionKind;
        this.performedById = performedBy.id();
        this.performedByName = performedBy.name();
        return this;
    }

    /**
     * The entry was disposed of: what was written about the child goes (the notes, and the detail, which may quote
     * an address or a file's name); the step itself, its day and who took it (staff) stay.
     */
    void erase() {
        this.notes = null;
        this.detail = null;
    }

    public UUID id() {
        return id;
    }

    public EntryEventKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public BackgroundActionKind actionKind() {
        return actionKind;
    }

    public String performedByName() {
        return performedByName;
    }

    public String notes() {
        return notes;
    }

    public String detail() {
        return detail;
    }
}

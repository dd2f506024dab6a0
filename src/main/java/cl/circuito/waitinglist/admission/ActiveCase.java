package cl.circuito.waitinglist.admission;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.Versions;
import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.entry.ComingOfAge;
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
 * A child in intervention in a program: it holds one of the program's agreed places until it is closed
 * (program exit). Opened by an admission, or registered for a child who was already in the program
 * before Circuito, so the free places are right from day one.
 */
@Entity
@Table(name = "active_case")
public class ActiveCase extends AbstractAggregateRoot<ActiveCase> {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID programId;
    private UUID childId;
    private UUID entryId;
    private LocalDate admittedOn;
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private CaseCloseReason closeReason;
    private String closeNotes;
    private UUID closedBy;
    private String closedByName;
    /** Why the child is known to have turned 18 when the registry has no birth date (a "turned 18" closing only). */
    private String closeAgeOverride;
    private Instant registeredAt;
    private UUID registeredBy;
    private String registeredByName;
    /** The day the case was disposed of with its entry (no child, no notes any more), or null. */
    private LocalDate disposedOn;

    protected ActiveCase() {
    }

    /** The case an admission opens. */
    static ActiveCase admitted(WaitingListEntry entry, Staff actor, Instant now) {
        return open(entry.programId(), entry.childId(), entry.id(), entry.exitedOn(), actor, now);
    }

    /** A child already in intervention when the program started using Circuito. */
    static ActiveCase existing(UUID programId, UUID childId, LocalDate admittedOn, LocalDate today, Staff actor,
                               Instant now) {
        requireAdmissionDate(admittedOn, today);
        return open(programId, childId, null, admittedOn, actor, now);
    }

    static void requireAdmissionDate(LocalDate admittedOn, LocalDate today) {
        if (admittedOn == null) {
            throw AdmissionRuleViolation.invalid("admittedOn", "error.entry.dateRequired");
        }
        if (admittedOn.isAfter(today)) {
            throw AdmissionRuleViolation.invalid("admittedOn", "admission.error.admittedInFuture");
        }
    }

    private static ActiveCase open(UUID programId, UUID childId, UUID entryId, LocalDate admittedOn, Staff actor,
                                   Instant now) {
        ActiveCase c = new ActiveCase();
        c.id = UUID.randomUUID();
        c.programId = programId;
        c.childId = childId;
        c.entryId = entryId;
        c.admittedOn = admittedOn;
        c.registeredAt = now;
        c.registeredBy = actor.id();
        c.registeredByName = actor.name();
        c.registerEvent(new AdmissionEvents.ActiveCaseOpened(c.id, programId, childId, entryId, admittedOn));
        return c;
    }

    /**
     * Program exit: the place is free from now on. "Turned 18" must agree with the birth date, as for an exit
     * from the list ({@link ComingOfAge}).
     *
     * @param birthDate the child's registered birth date, or null when unknown
     */
    void close(LocalDate on, CaseCloseReason reason, String notes, LocalDate birthDate, String ageOverrideReason,
               LocalDate today, Staff actor) {
        if (closedOn != null) {
            throw AdmissionRuleViolation.illegalState("close");
        }
        if (on == null) {
            throw AdmissionRuleViolation.invalid("closedOn", "error.entry.dateRequired");
        }
        if (on.isAfter(today)) {
            throw AdmissionRuleViolation.invalid("closedOn", "error.entry.dateInFuture");
        }
        if (on.isBefore(admittedOn)) {
            throw AdmissionRuleViolation.invalid("closedOn", "cases.error.closedBeforeAdmission",
                    ChileanDates.day(admittedOn));
        }
        if (reason == null) {
            throw AdmissionRuleViolation.invalid("closeReason", "error.entry.choiceRequired");
        }
        String override = reason == CaseCloseReason.TURNED_18
                ? ComingOfAge.evidence(on, birthDate, ageOverrideReason, today, "closedOn", "closeReason") : null;
        if (notes == null || notes.isBlank()) {
            throw AdmissionRuleViolation.invalid("notes", "error.entry.textRequired");
        }
        this.closeAgeOverride = override;
        this.closedOn = on;
        this.closeReason = reason;
        this.closeNotes = notes.trim();
        this.closedBy = actor.id();
        this.closedByName = actor.name();
        registerEvent(new AdmissionEvents.ActiveCaseClosed(id, programId, childId, on, reason));
    }

    void requireVersion(Long expected) {
        Versions.require(version, expected, "cases.error.concurrentEdit");
    }

    /**
     * Disposed of with the entry that opened it: the child and the closing's texts go; the dates and the closing's
     * reason stay (places and exit rates count them). Only a closed case: an open one is a child in care.
     */
    void dispose(LocalDate on) {
        if (closedOn == null) {
            throw AdmissionRuleViolation.illegalState("dispose");
        }
        if (disposedOn != null) {
            return;
        }
        this.childId = null;
        this.closeNotes = null;
        this.closeAgeOverride = null;
        this.disposedOn = on;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** The director's reason for a "turned 18" closing of a child without registered birth date, or null. */
    public String closeAgeOverride() {
        return closeAgeOverride;
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

    public UUID childId() {
        return childId;
    }

    public UUID entryId() {
        return entryId;
    }

    public LocalDate admittedOn() {
        return admittedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public CaseCloseReason closeReason() {
        return closeReason;
    }

    public String closeNotes() {
        return closeNotes;
    }

    public String closedByName() {
        return closedByName;
    }

    public String registeredByName() {
        return registeredByName;
    }
}

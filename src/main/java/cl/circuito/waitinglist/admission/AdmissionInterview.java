package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The admission interview with the child and the responsible adult (I-SGC-01 step 7): who attended and the
 * address, confirmed or corrected. Its own record, keyed by the entry: the entry's timeline says that it was held
 * ({@link WaitingListEntry#interviewed}); what was said and who came belong to the admission, which reads the
 * interview of the current scheduling when the child is admitted.
 */
@Entity
@Table(name = "admission_interview")
public class AdmissionInterview {

    @Id
    private UUID id;
    private UUID entryId;
    private LocalDate heldOn;
    private String attendees;
    private boolean addressConfirmed;
    private String address;
    private String notes;
    private Instant recordedAt;
    private UUID recordedBy;
    private String recordedByName;
    /** The day it was disposed of with its entry (who came, the address and the notes erased), or null. */
    private LocalDate disposedOn;

    protected AdmissionInterview() {
    }

    /** Who came and the address are required; the entry guards when the interview may be held. */
    static AdmissionInterview held(UUID entryId, LocalDate heldOn, String attendees, Boolean addressConfirmed,
                                   String address, String notes, Staff actor, Instant now) {
        if (attendees == null || attendees.isBlank()) {
            throw AdmissionRuleViolation.invalid("attendees", "admission.error.attendeesRequired");
        }
        if (addressConfirmed == null) {
            throw AdmissionRuleViolation.invalid("addressConfirmed", "admission.error.addressChoiceRequired");
        }
        if (address == null || address.isBlank()) {
            throw AdmissionRuleViolation.invalid("address", "admission.error.addressRequired");
        }
        return new AdmissionInterview(entryId, heldOn, attendees, addressConfirmed, address, notes, actor, now);
    }

    private AdmissionInterview(UUID entryId, LocalDate heldOn, String attendees, boolean addressConfirmed,
                               String address, String notes, Staff actor, Instant now) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.heldOn = heldOn;
        this.attendees = attendees.trim();
        this.addressConfirmed = addressConfirmed;
        this.address = address.trim();
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
        this.recordedAt = now;
        this.recordedBy = actor.id();
        this.recordedByName = actor.name();
    }

    /** Disposed of with its entry: who came, the address and what was said go; the day it was held stays. */
    void dispose(LocalDate on) {
        this.attendees = null;
        this.address = null;
        this.notes = null;
        this.disposedOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID entryId() {
        return entryId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String attendees() {
        return attendees;
    }

    public boolean addressConfirmed() {
        return addressConfirmed;
    }

    public String address() {
        return address;
    }

    public String notes() {
        return notes;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedByName() {
        return recordedByName;
    }
}

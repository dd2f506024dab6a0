package cl.circuito.waitinglist.admission;

import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The admission interview with the child and the responsible adult (I-SGC-01 step 7): who attended and the
 * address, confirmed or corrected. Part of the entry; written by {@link WaitingListEntry} only.
 */
@Entity
@Table(name = "admission_interview")
public class AdmissionInterview {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private WaitingListEntry entry;
    private LocalDate heldOn;
    private String attendees;
    private boolean addressConfirmed;
    private String address;
    private String notes;
    private Instant recordedAt;
    private UUID recordedBy;
    private String recordedByName;

    protected AdmissionInterview() {
    }

    public AdmissionInterview(WaitingListEntry entry, LocalDate heldOn, String attendees, boolean addressConfirmed,
                       String address, String notes, Staff actor, Instant now) {
        this.id = UUID.randomUUID();
        this.entry = entry;
        this.heldOn = heldOn;
        this.attendees = attendees.trim();
        this.addressConfirmed = addressConfirmed;
        this.address = address.trim();
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
        this.recordedAt = now;
        this.recordedBy = actor.id();
        this.recordedByName = actor.name();
    }

    public UUID id() {
        return id;
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

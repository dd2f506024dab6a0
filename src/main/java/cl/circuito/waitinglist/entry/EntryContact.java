package cl.circuito.waitinglist.entry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The program's contact with a child's family, keyed by its entry: its own small record (and version), so a
 * correction from a home visit never races with a decision on the entry. The shared child registry never holds it:
 * another program does not see how this one reaches the family.
 */
@Entity
@Table(name = "entry_contact")
public class EntryContact {

    @Id
    private UUID entryId;
    @Version
    private Long version;
    private String street;
    private String streetNumber;
    private String comunaCode;
    private String adultName;
    private String adultRelationship;
    private String phone;
    private String otherPhone;
    private String email;
    private String safetyNotes;
    private Instant updatedAt;
    private UUID updatedBy;
    private String updatedByName;

    protected EntryContact() {
    }

    /** The first contact recorded for the entry (at intake or later), already cleaned. */
    static EntryContact first(UUID entryId, FamilyContact cleaned, Staff staff, Instant now) {
        EntryContact contact = new EntryContact();
        contact.entryId = entryId;
        contact.set(cleaned, staff, now);
        return contact;
    }

    /** Replaces the contact with the cleaned one; the caller audits what changed ({@link #details()} before). */
    void replace(FamilyContact cleaned, Staff staff, Instant now) {
        set(cleaned, staff, now);
    }

    private void set(FamilyContact c, Staff staff, Instant now) {
        street = c.street();
        streetNumber = c.streetNumber();
        comunaCode = c.comunaCode();
        adultName = c.adultName();
        adultRelationship = c.adultRelationship();
        phone = c.phone();
        otherPhone = c.otherPhone();
        email = c.email();
        safetyNotes = c.safetyNotes();
        updatedAt = now;
        updatedBy = staff.id();
        updatedByName = staff.name();
    }

    public FamilyContact details() {
        return new FamilyContact(street, streetNumber, comunaCode, adultName, adultRelationship, phone, otherPhone,
                email, safetyNotes);
    }

    public UUID entryId() {
        return entryId;
    }

    public Long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}

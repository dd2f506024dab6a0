package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.Territory;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ADDRESS;
import static cl.circuito.audit.AuditField.ADULT_NAME;
import static cl.circuito.audit.AuditField.ADULT_RELATIONSHIP;
import static cl.circuito.audit.AuditField.EMAIL;
import static cl.circuito.audit.AuditField.OTHER_PHONE;
import static cl.circuito.audit.AuditField.PHONE;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.SAFETY_NOTES;

/**
 * How the program reaches a child's family (its entry's contact): read only through the entry, so only within the
 * program's scope, and every change audited with the fields that changed. Recorded at intake, corrected from the
 * entry page (home visit, monitoring) and by the admission interview's corrected address.
 */
@Service
public class FamilyContacts {

    private final EntryAccess access;
    private final EntryContacts contacts;
    private final Territory territory;
    private final AuditTrail audit;
    private final Clock clock;

    FamilyContacts(EntryAccess access, EntryContacts contacts, Territory territory, AuditTrail audit, Clock clock) {
        this.access = access;
        this.contacts = contacts;
        this.territory = territory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A contact as shown: the details, the comuna's name, the address in one line and the version a change must
     * name (null while none was recorded).
     */
    public record ContactView(FamilyContact details, String comunaName, String address, Long version,
                              Instant updatedAt, String updatedByName) {

        public boolean isEmpty() {
            return details.isEmpty();
        }
    }

    /** The entry's contact, for a reader in the entry's scope (the entry's read is audited by whoever shows it). */
    @Transactional(readOnly = true)
    public ContactView of(Actor actor, UUID entryId) {
        WaitingListEntry entry = access.load(actor, entryId);
        return view(contacts.findById(entry.id()));
    }

    /** Who may correct the contact: whoever registers referrals, monitors the list or runs the admissions. */
    public static boolean mayChange(Actor actor) {
        return actor.can(Permission.REGISTER_REFERRALS) || actor.can(Permission.RECORD_MONITORING)
                || actor.can(Permission.MANAGE_ADMISSIONS);
    }

    /**
     * Replaces the entry's contact with what the user typed; audited with each field that changed and the reason. A
     * correction of a recorded contact needs its reason ({@link Rectification}); the first contact of an entry
     * recorded after intake takes one if given. {@code version} is the contact's as read (none while none was
     * recorded).
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean change(Actor actor, UUID entryId, Long version, FamilyContact typed, String reason) {
        if (!mayChange(actor)) {
            throw new AccessDenied(Permission.RECORD_MONITORING);
        }
        WaitingListEntry entry = access.load(actor, entryId);
        Optional<EntryContact> saved = contacts.findById(entry.id());
        Versions.requireIfSaved(saved.map(EntryContact::version).orElse(null), version, "error.concurrentEdit");
        FamilyContact cleaned = checked(typed);
        FamilyContact before = saved.map(EntryContact::details).orElse(FamilyContact.NONE);
        AuditDetails changes = changes(before, cleaned);
        if (changes.isEmpty()) {
            return false;
        }
        Staff staff = Staff.of(actor);
        Instant now = clock.instant();
        EntryContact contact = saved.orElseGet(() -> EntryContact.first(entry.id(), cleaned, staff, now));
        contact.replace(cleaned, staff, now);
        contacts.save(contact);
        String why = saved.isPresent() ? Rectification.reason(reason, "contactReason")
                : reason == null || reason.isBlank() ? null : reason.trim();
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.contact.changed",
                changes.withPresent(REASON, why));
        return true;
    }

    /**
     * The address the admission interview found, when it differs from the recorded one: the contact's address
     * follows (audited with the reason, as every rectification); the rest of the contact is unchanged.
     *
     * @param reason why the address changes: the interview that found the family elsewhere
     * @return the address in one line, as the interview keeps it
     */
    public String correctAddress(Actor actor, WaitingListEntry entry, String street, String streetNumber,
                                 String comunaCode, String reason) {
        Optional<EntryContact> saved = contacts.findById(entry.id());
        FamilyContact before = saved.map(EntryContact::details).orElse(FamilyContact.NONE);
        FamilyContact cleaned = checked(before.withAddress(street, streetNumber, comunaCode));
        if (!cleaned.hasAddress()) {
            throw EntryRuleViolation.invalid("street", "error.contact.streetRequired");
        }
        if (!cleaned.sameAddressAs(before)) {
            Staff staff = Staff.of(actor);
            Instant now = clock.instant();
            EntryContact contact = saved.orElseGet(() -> EntryContact.first(entry.id(), cleaned, staff, now));
            contact.replace(cleaned, staff, now);
            contacts.save(contact);
            audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.contact.addressCorrected",
                    AuditDetails.ofChange(ADDRESS, address(before), address(cleaned))
                            .with(REASON, Rectification.reason(reason, "street")));
        }
        return address(cleaned);
    }

    /** The contact typed at intake, checked before anything is saved. */
    FamilyContact checked(FamilyContact typed) {
        FamilyContact cleaned = (typed == null ? FamilyContact.NONE : typed).cleaned();
        if (cleaned.comunaCode() != null && territory.comunaName(cleaned.comunaCode()).isEmpty()) {
            throw EntryRuleViolation.invalid("comunaCode", "error.contact.comuna");
        }
        return cleaned;
    }

    /** Records the contact of a new entry (nothing when none was typed); the registration's audit names it. */
    void recordAtIntake(UUID entryId, FamilyContact cleaned, Staff staff, Instant now) {
        if (!cleaned.isEmpty()) {
            contacts.save(EntryContact.first(entryId, cleaned, staff, now));
        }
    }

    /** The address in one line: "Los Aromos 123, Puente Alto"; null without a street nor a comuna. */
    String address(FamilyContact contact) {
        String comuna = territory.comunaName(contact.comunaCode()).orElse(null);
        if (!contact.hasAddress()) {
            return comuna;
        }
        StringBuilder line = new StringBuilder(contact.street().trim());
        if (contact.streetNumber() != null && !contact.streetNumber().isBlank()) {
            line.append(' ').append(contact.streetNumber().trim());
        }
        if (comuna != null) {
            line.append(", ").append(comuna);
        }
        return line.toString();
    }

    private AuditDetails changes(FamilyContact before, FamilyContact after) {
        return AuditDetails.none().withChangeIfDifferent(ADDRESS, address(before), address(after))
                .withChangeIfDifferent(ADULT_NAME, before.adultName(), after.adultName())
                .withChangeIfDifferent(ADULT_RELATIONSHIP, before.adultRelationship(), after.adultRelationship())
                .withChangeIfDifferent(PHONE, before.phone(), after.phone())
                .withChangeIfDifferent(OTHER_PHONE, before.otherPhone(), after.otherPhone())
                .withChangeIfDifferent(EMAIL, before.email(), after.email())
                .withChangeIfDifferent(SAFETY_NOTES, before.safetyNotes(), after.safetyNotes());
    }

    private ContactView view(Optional<EntryContact> saved) {
        if (saved.isEmpty()) {
            return new ContactView(FamilyContact.NONE, null, null, null, null, null);
        }
        FamilyContact details = saved.get().details();
        return new ContactView(details, territory.comunaName(details.comunaCode()).orElse(null), address(details),
                saved.get().version(), saved.get().updatedAt(), saved.get().updatedByName());
    }
}

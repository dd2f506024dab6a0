package cl.circuito.waitinglist.admission;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.FamilyContacts;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ADDRESS;
import static cl.circuito.audit.AuditField.ADDRESS_CONFIRMED;
import static cl.circuito.audit.AuditField.ADMISSION_MONTH;
import static cl.circuito.audit.AuditField.ADMITTED_ON;
import static cl.circuito.audit.AuditField.ATTENDEES;
import static cl.circuito.audit.AuditField.INTERVIEWED_ON;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * What happens to a scheduled child: the admission interview, the effective admission (the entry leaves the
 * list as admitted and the child becomes an active case), or going back to the list. Each is audited.
 */
@Service
public class Admissions {

    private final EntryAccess access;
    private final WaitingListEntries entries;
    private final AdmissionInterviews interviews;
    private final ActiveCases cases;
    private final AuditTrail audit;
    private final Clock clock;
    private final FamilyContacts contacts;
    private final Messages messages;

    Admissions(EntryAccess access, WaitingListEntries entries, AdmissionInterviews interviews, ActiveCases cases,
               AuditTrail audit, Clock clock, FamilyContacts contacts, Messages messages) {
        this.contacts = contacts;
        this.messages = messages;
        this.access = access;
        this.entries = entries;
        this.interviews = interviews;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** The interview with the address as one line of text (no structured address: the contact is not touched). */
    @Transactional
    public AdmissionInterview recordInterview(Actor actor, UUID entryId, Long version, LocalDate heldOn,
                                              String attendees, Boolean addressConfirmed, String address,
                                              String notes) {
        return recordInterview(actor, entryId, version, heldOn, attendees, addressConfirmed,
                new InterviewAddress(address, null, null, null), notes);
    }

    /**
     * The address the interview confirmed or corrected: the street, number and comuna as found (the page starts
     * from the recorded ones), or, from an older client, one line of text.
     */
    public record InterviewAddress(String line, String street, String streetNumber, String comunaCode) {

        boolean structured() {
            return street != null && !street.isBlank();
        }
    }

    /**
     * The interview. With a structured address, "confirmed" must be the recorded address (its line is kept) and
     * "corrected" updates the family's contact (audited); without one, a blank line with "confirmed" keeps the
     * recorded address's line.
     */
    @Transactional
    public AdmissionInterview recordInterview(Actor actor, UUID entryId, Long version, LocalDate heldOn,
                                              String attendees, Boolean addressConfirmed, InterviewAddress found,
                                              String notes) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        Staff staff = Staff.of(actor);
        Instant now = clock.instant();
        String address = addressOf(actor, entry, addressConfirmed, found, heldOn);
        AdmissionInterview interview = AdmissionInterview.held(entry.id(), heldOn, attendees, addressConfirmed,
                address, notes, staff, now);
        entry.interviewed(heldOn, interview.notes(), interview.address(), LocalDate.now(clock), staff, now);
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "admission.audit.interview",
                AuditDetails.of(INTERVIEWED_ON, heldOn).with(ATTENDEES, interview.attendees())
                        .with(ADDRESS_CONFIRMED, interview.addressConfirmed()).with(ADDRESS, interview.address()));
        entries.save(entry);
        return interviews.save(interview);
    }

    private String addressOf(Actor actor, WaitingListEntry entry, Boolean confirmed, InterviewAddress found,
                             LocalDate heldOn) {
        if (confirmed == null) {
            return found.line();
        }
        FamilyContacts.ContactView recorded = contacts.of(actor, entry.id());
        if (found.structured()) {
            if (confirmed) {
                FamilyContact typed = FamilyContact.NONE.withAddress(found.street(), found.streetNumber(),
                        found.comunaCode());
                if (!recorded.details().hasAddress() || !recorded.details().sameAddressAs(typed)) {
                    throw AdmissionRuleViolation.invalid("addressConfirmed", "admission.error.addressDiffers");
                }
                return recorded.address();
            }
            // The rectification's reason is the interview itself: the family was found at this address that day.
            return contacts.correctAddress(actor, entry, found.street(), found.streetNumber(), found.comunaCode(),
                    messages.get("admission.addressCorrectedReason",
                            heldOn == null ? "" : ChileanDates.day(heldOn)));
        }
        boolean noLine = found.line() == null || found.line().isBlank();
        if (confirmed && noLine && recorded.details().hasAddress()) {
            return recorded.address();
        }
        if (noLine) {
            // The page asks for the street; the API's older clients send the line.
            throw AdmissionRuleViolation.invalid("street", "admission.error.addressRequired");
        }
        return found.line();
    }

    /** The effective admission; the place the child held as scheduled becomes its active case. */
    @Transactional
    public ActiveCase admit(Actor actor, UUID entryId, Long version, LocalDate admittedOn) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        Staff staff = Staff.of(actor);
        Instant now = clock.instant();
        LocalDate interviewedOn = interviews.current(entry).map(AdmissionInterview::heldOn).orElse(null);
        entry.admit(admittedOn, interviewedOn, LocalDate.now(clock), staff, now);
        if (cases.isOpenIn(entry.programId(), entry.childId())) {
            throw AdmissionRuleViolation.invalid("admittedOn", "admission.error.alreadyActive");
        }
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "admission.audit.admitted",
                AuditDetails.ofChange(STATUS, EntryStatus.SCHEDULED, ExitReason.ADMITTED)
                        .with(ADMITTED_ON, admittedOn));
        entries.save(entry);
        ActiveCase opened = cases.save(ActiveCase.admitted(entry, staff, now));
        audit.changed(actor, AuditAction.CREATED, AdmissionSubjects.activeCase(opened), "cases.audit.opened",
                AuditDetails.of(ADMITTED_ON, admittedOn));
        return opened;
    }

    /** Back to the list with a reason: the place is free again. */
    @Transactional
    public WaitingListEntry unschedule(Actor actor, UUID entryId, Long version, String reason) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        YearMonth month = entry.scheduledMonth();
        entry.unschedule(reason, LocalDate.now(clock), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "admission.audit.unscheduled",
                AuditDetails.ofChange(STATUS, EntryStatus.SCHEDULED, EntryStatus.WAITING).with(ADMISSION_MONTH, month)
                        .with(REASON, reason.trim()));
        return entries.save(entry);
    }
}

package cl.circuito.waitinglist.admission;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditTrail;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryAccess;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditTrail.change;

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

    Admissions(EntryAccess access, WaitingListEntries entries, AdmissionInterviews interviews, ActiveCases cases,
               AuditTrail audit, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.interviews = interviews;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AdmissionInterview recordInterview(Actor actor, UUID entryId, Long version, LocalDate heldOn,
                                              String attendees, Boolean addressConfirmed, String address,
                                              String notes) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        Staff staff = Staff.of(actor);
        Instant now = clock.instant();
        AdmissionInterview interview = AdmissionInterview.held(entry.id(), heldOn, attendees, addressConfirmed,
                address, notes, staff, now);
        entry.interviewed(heldOn, interview.notes(), interview.address(), LocalDate.now(clock), staff, now);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("fechaEntrevista", ChileanDates.day(heldOn));
        changes.put("asistentes", interview.attendees());
        changes.put("domicilioConfirmado", interview.addressConfirmed());
        changes.put("domicilio", interview.address());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "admission.audit.interview", changes);
        entries.save(entry);
        return interviews.save(interview);
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
                Map.of("estado", change(EntryStatus.SCHEDULED, ExitReason.ADMITTED),
                        "fechaIngreso", ChileanDates.day(admittedOn)));
        entries.save(entry);
        ActiveCase opened = cases.save(ActiveCase.admitted(entry, staff, now));
        audit.changed(actor, AuditAction.CREATED, AdmissionSubjects.activeCase(opened), "cases.audit.opened",
                Map.of("fechaIngreso", ChileanDates.day(admittedOn)));
        return opened;
    }

    /** Back to the list with a reason: the place is free again. */
    @Transactional
    public WaitingListEntry unschedule(Actor actor, UUID entryId, Long version, String reason) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        WaitingListEntry entry = access.loadForChange(actor, entryId, version);
        String month = ChileanDates.month(entry.scheduledMonth());
        entry.unschedule(reason, LocalDate.now(clock), Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "admission.audit.unscheduled",
                Map.of("estado", change(EntryStatus.SCHEDULED, EntryStatus.WAITING), "mesDeIngreso", month,
                        "motivo", reason.trim()));
        return entries.save(entry);
    }
}

package cl.circuito.waitinglist.admission;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.Child;
import cl.circuito.children.ChildIdentity;
import cl.circuito.children.ChildRegistry;
import cl.circuito.children.Rut;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.ChildIdentification;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ADMITTED_ON;
import static cl.circuito.audit.AuditField.AGE_WITHOUT_BIRTH_DATE;
import static cl.circuito.audit.AuditField.EXITED_ON;
import static cl.circuito.audit.AuditField.EXIT_REASON;
import static cl.circuito.audit.AuditField.NAME;
import static cl.circuito.audit.AuditField.NOTES;
import static cl.circuito.audit.AuditField.STATUS;

/**
 * A program's active cases: registering those that predate Circuito (so the free places are right from day
 * one) and closing a case (program exit), which frees its place. Each is audited.
 */
@Service
public class ActiveCaseManagement {

    private final ProgramDirectory programs;
    private final ProgramPlaces places;
    private final ChildIdentification identification;
    private final ChildRegistry registry;
    private final WaitingListEntries entries;
    private final ActiveCases cases;
    private final AuditTrail audit;
    private final Clock clock;

    ActiveCaseManagement(ProgramDirectory programs, ProgramPlaces places, ChildIdentification identification,
                         ChildRegistry registry,
                         WaitingListEntries entries, ActiveCases cases, AuditTrail audit, Clock clock) {
        this.programs = programs;
        this.places = places;
        this.identification = identification;
        this.registry = registry;
        this.entries = entries;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a child already in the program. It takes a place like an admission does, so the agreed capacity
     * is never exceeded here either (the places are counted under the program's lock).
     */
    @Transactional
    public ActiveCase registerExisting(Actor actor, UUID programId, ExistingCase request) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        programs.get(programId, actor.scope());
        LocalDate today = LocalDate.now(clock);
        ChildIdentity identity = identityOf(request, today);
        ActiveCase.requireAdmissionDate(request.admittedOn(), today);
        Places free = places.lockAndCount(programId);
        if (free.free() < 1) {
            throw AdmissionRuleViolation.noFreePlaces(free, 1);
        }
        Child child = identification.identify(actor, programId, identity, request.identityConfirmation()).child();
        if (cases.isOpenIn(programId, child.id())) {
            throw AdmissionRuleViolation.invalid("rut", "cases.error.alreadyActive");
        }
        boolean waitingHere = entries.findOpenByChild(child.id()).stream()
                .anyMatch(e -> e.programId().equals(programId));
        if (waitingHere) {
            throw AdmissionRuleViolation.invalid("rut", "cases.error.openEntry");
        }
        ActiveCase created = cases.save(ActiveCase.existing(programId, child.id(), request.admittedOn(), today,
                Staff.of(actor), clock.instant()));
        audit.changed(actor, AuditAction.CREATED, AdmissionSubjects.activeCase(created), "cases.audit.registeredExisting",
                AuditDetails.of(NAME, child.fullName()).with(ADMITTED_ON, request.admittedOn()));
        return created;
    }

    /** Program exit: the case closes with a date, a reason and notes, and its place is free. */
    @Transactional
    public ActiveCase close(Actor actor, UUID caseId, Long version, LocalDate closedOn, CaseCloseReason reason,
                            String notes) {
        return close(actor, caseId, version, closedOn, reason, notes, null);
    }

    /**
     * @param ageOverrideReason for "turned 18" when the registry has no birth date: how it is known (else null)
     */
    @Transactional
    public ActiveCase close(Actor actor, UUID caseId, Long version, LocalDate closedOn, CaseCloseReason reason,
                            String notes, String ageOverrideReason) {
        actor.require(Permission.MANAGE_ADMISSIONS);
        ActiveCase activeCase = load(actor, caseId);
        activeCase.requireVersion(version);
        activeCase.close(closedOn, reason, notes, registry.get(activeCase.childId()).birthDate(), ageOverrideReason,
                LocalDate.now(clock), Staff.of(actor));
        audit.changed(actor, AuditAction.CHANGED, AdmissionSubjects.activeCase(activeCase), "cases.audit.closed",
                AuditDetails.ofChange(STATUS, "ACTIVO", "CERRADO").with(EXITED_ON, closedOn).with(EXIT_REASON, reason)
                        .with(NOTES, notes).withPresent(AGE_WITHOUT_BIRTH_DATE, activeCase.closeAgeOverride()));
        return cases.save(activeCase);
    }

    ActiveCase load(Actor actor, UUID caseId) {
        Set<UUID> visible = programs.visibleIds(actor.scope());
        if (visible.isEmpty()) {
            throw new NotFound("activeCase");
        }
        return cases.findInPrograms(caseId, visible).orElseThrow(() -> new NotFound("activeCase"));
    }

    private static ChildIdentity identityOf(ExistingCase request, LocalDate today) {
        Rut rut = request.rut() == null || request.rut().isBlank() ? null : Rut.parse(request.rut());
        if (request.givenNames() == null || request.givenNames().isBlank()) {
            throw AdmissionRuleViolation.invalid("givenNames", "error.entry.textRequired");
        }
        if (request.paternalSurname() == null || request.paternalSurname().isBlank()) {
            throw AdmissionRuleViolation.invalid("paternalSurname", "error.entry.textRequired");
        }
        if (rut == null && request.birthDate() == null) {
            throw AdmissionRuleViolation.invalid("birthDate", "error.referral.birthDateRequiredWithoutRut");
        }
        if (request.birthDate() != null) {
            if (request.birthDate().isAfter(today)) {
                throw AdmissionRuleViolation.invalid("birthDate", "error.entry.dateInFuture");
            }
            if (request.admittedOn() != null && request.birthDate().isAfter(request.admittedOn())) {
                throw AdmissionRuleViolation.invalid("birthDate", "cases.error.bornAfterAdmission");
            }
        }
        return new ChildIdentity(rut, request.givenNames().trim(), request.paternalSurname().trim(),
                request.maternalSurname() == null || request.maternalSurname().isBlank() ? null
                        : request.maternalSurname().trim(), request.birthDate());
    }
}

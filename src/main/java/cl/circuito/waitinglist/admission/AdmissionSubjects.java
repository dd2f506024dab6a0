package cl.circuito.waitinglist.admission;

import cl.circuito.audit.AuditTrail;
import cl.circuito.waitinglist.entry.Subjects;

import java.util.UUID;

/** How the audit trail names what the monthly admission touches (entries are {@link Subjects#entry}). */
final class AdmissionSubjects {

    static final String ACTIVE_CASE = "ACTIVE_CASE";
    static final String ADMISSION_PLAN = "ADMISSION_PLAN";
    static final String PROGRAM_CASES = "PROGRAM_CASES";

    private AdmissionSubjects() {
    }

    static AuditTrail.Subject activeCase(ActiveCase c) {
        return new AuditTrail.Subject(ACTIVE_CASE, c.id(), c.programId());
    }

    static AuditTrail.Subject plan(AdmissionPlan plan, UUID programId) {
        return new AuditTrail.Subject(ADMISSION_PLAN, plan.id(), programId);
    }

    static AuditTrail.Subject cases(UUID programId) {
        return new AuditTrail.Subject(PROGRAM_CASES, programId, programId);
    }
}

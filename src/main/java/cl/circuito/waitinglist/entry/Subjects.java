package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditTrail;

import java.util.UUID;

/** How the audit trail names what this module touches. */
public final class Subjects {

    static final String CHILD = "CHILD";
    public static final String ENTRY = "ENTRY";
    static final String PROGRAM_LIST = "PROGRAM_LIST";

    private Subjects() {
    }

    public static AuditTrail.Subject entry(WaitingListEntry entry) {
        return new AuditTrail.Subject(ENTRY, entry.id(), entry.programId());
    }

    /** An entry known by its id only (a read model's row). */
    public static AuditTrail.Subject entry(UUID entryId, UUID programId) {
        return new AuditTrail.Subject(ENTRY, entryId, programId);
    }

    public static AuditTrail.Subject child(UUID childId, UUID programId) {
        return new AuditTrail.Subject(CHILD, childId, programId);
    }

    public static AuditTrail.Subject list(UUID programId) {
        return new AuditTrail.Subject(PROGRAM_LIST, programId, programId);
    }
}

package cl.circuito.letters.register;

import cl.circuito.audit.AuditTrail;
import cl.circuito.letters.drafting.Letter;

import java.util.UUID;

/** How the audit trail names what the register and the disposals touch. */
final class RegisterSubjects {

    static final String LETTER = "LETTER";
    static final String LETTER_REGISTER = "LETTER_REGISTER";

    private RegisterSubjects() {
    }

    static AuditTrail.Subject letter(Letter letter) {
        return new AuditTrail.Subject(LETTER, letter.id(), letter.programId());
    }

    /** The register of a program's letters (a list that names children). */
    static AuditTrail.Subject register(UUID programId) {
        return new AuditTrail.Subject(LETTER_REGISTER, programId, programId);
    }
}

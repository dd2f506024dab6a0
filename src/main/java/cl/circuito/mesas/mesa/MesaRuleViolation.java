package cl.circuito.mesas.mesa;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A rule about a Mesa refused a change; nothing was saved. Messages: {@code mesas.error.*} and each area's own. */
public class MesaRuleViolation extends DomainException {

    private MesaRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** A value breaks a rule (a required field empty, a date before the founding): 422 on that field. */
    public static MesaRuleViolation invalid(String field, String key, Object... args) {
        return new MesaRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** The record is not in a state that allows this (approving approved minutes): 409. */
    public static MesaRuleViolation conflict(String key, Object... args) {
        return new MesaRuleViolation(HttpStatus.CONFLICT, key, null, args);
    }

    /** A chosen record is not in a state that allows this (a case not yet due for disposal): 409 on that field. */
    public static MesaRuleViolation conflictOn(String field, String key, Object... args) {
        return new MesaRuleViolation(HttpStatus.CONFLICT, key, field, args);
    }
}

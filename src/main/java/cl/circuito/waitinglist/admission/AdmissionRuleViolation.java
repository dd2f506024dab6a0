package cl.circuito.waitinglist.admission;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A rule of the monthly admission refused a change; nothing was saved. */
public class AdmissionRuleViolation extends DomainException {

    private AdmissionRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** The entry or case is not in a state that allows this verb (e.g. admitting a waiting child): 409. */
    public static AdmissionRuleViolation illegalState(String verb) {
        return new AdmissionRuleViolation(HttpStatus.CONFLICT, "admission.error.state." + verb, null);
    }

    /** A value breaks a rule (admission before the interview, a missing reason): 422 on that field. */
    public static AdmissionRuleViolation invalid(String field, String key, Object... args) {
        return new AdmissionRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** No free place left for this: 409, with the arithmetic in words. */
    static AdmissionRuleViolation noFreePlaces(Places places, int requested) {
        return new AdmissionRuleViolation(HttpStatus.CONFLICT,
                places.free() == 0 ? "admission.error.noFreePlaces" : "admission.error.notEnoughPlaces", null,
                places.capacity(), places.activeCases(), places.scheduled(), places.free(), requested);
    }

}

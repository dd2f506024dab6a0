package cl.circuito.networkmap.map;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A rule of the network map or the protocols refused a change; nothing was saved. Messages: {@code networkmap.error.*}. */
public class NetworkRuleViolation extends DomainException {

    private NetworkRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** A value breaks a rule (a name already on the map, a tie from an actor to itself): 422 on that field. */
    public static NetworkRuleViolation invalid(String field, String key, Object... args) {
        return new NetworkRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** The record is not in a state that allows this (a protocol back to draft): 409. */
    public static NetworkRuleViolation conflict(String key, Object... args) {
        return new NetworkRuleViolation(HttpStatus.CONFLICT, key, null, args);
    }
}

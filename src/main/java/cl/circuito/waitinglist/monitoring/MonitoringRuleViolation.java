package cl.circuito.waitinglist.monitoring;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A monitoring or judicial-action rule refused a change; nothing was saved. */
public class MonitoringRuleViolation extends DomainException {

    private MonitoringRuleViolation(HttpStatus status, String key, String field, Object... args) {
        super(status, key, field, args);
    }

    /** A value breaks a rule (a future date, a missing answer): 422 on that field. */
    static MonitoringRuleViolation invalid(String field, String key, Object... args) {
        return new MonitoringRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, args);
    }

    /** The record is not in a state that allows this (monitoring an exited entry, answering twice): 409. */
    static MonitoringRuleViolation conflict(String key, Object... args) {
        return new MonitoringRuleViolation(HttpStatus.CONFLICT, key, null, args);
    }

    /** The record does not exist or lies outside the asker's scope: both look the same. */
    static MonitoringRuleViolation notFound(String key) {
        return new MonitoringRuleViolation(HttpStatus.NOT_FOUND, key, null);
    }

}

package cl.circuito.shared.web;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;

/**
 * Rules that only the database can hold under concurrency (one open entry per child and program, one
 * unresolved judicial action per entry, one plan per month…) are unique indexes. When two people act at
 * the same moment, the second write breaks the index: that is "someone else did this meanwhile", a 409
 * on both channels, not an unexpected error.
 */
final class RaceConditions {

    private static final String UNIQUE_VIOLATION = "23505";

    private RaceConditions() {
    }

    static boolean lostRace(DataIntegrityViolationException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        return cause instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) cause).getSQLState());
    }
}

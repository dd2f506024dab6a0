package cl.circuito.shared.web;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The one translation of what PostgreSQL refuses, for both channels. The rules it holds are real rules of the
 * record — one open entry per child and program, one Mesa per comuna, a check on a status, a reference to an
 * existing program — and every refusal rolls the whole transaction back, so nothing is half saved.
 *
 * <ul>
 *   <li>a unique index broken by two people acting at the same moment: "someone else did this meanwhile", 409;</li>
 *   <li>any other integrity rule (a missing reference, a check, a not-null) or a value the column cannot hold (a
 *       text longer than its column, an impossible date or number): the request's data, 422. Validation should
 *       have named the field first; this is the net under it, never a 500.</li>
 * </ul>
 */
final class DatabaseRefusals {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String INTEGRITY_CLASS = "23";
    private static final String DATA_EXCEPTION_CLASS = "22";

    record Refusal(HttpStatus status, String messageKey) {
    }

    private DatabaseRefusals() {
    }

    /** @return how to answer, or empty when it is not a refusal of the request (a bug: 500) */
    static Optional<Refusal> of(DataIntegrityViolationException e) {
        String state = NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql ? sql.getSQLState() : null;
        if (state == null) {
            return Optional.empty();
        }
        if (state.equals(UNIQUE_VIOLATION)) {
            return Optional.of(new Refusal(HttpStatus.CONFLICT, "error.concurrentEdit"));
        }
        if (state.equals(FOREIGN_KEY_VIOLATION)) {
            return Optional.of(new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "error.database.reference"));
        }
        if (state.startsWith(INTEGRITY_CLASS) || state.startsWith(DATA_EXCEPTION_CLASS)) {
            return Optional.of(new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "error.database.refused"));
        }
        return Optional.empty();
    }
}

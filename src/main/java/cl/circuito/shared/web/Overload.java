package cl.circuito.shared.web;

import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means "no database connection came free in time": the pool is exhausted under load. That is
 * not a defect to log as one, and the answer is 503 with a Spanish "try again in a few seconds", never a 500.
 */
final class Overload {

    private Overload() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}

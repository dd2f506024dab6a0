package cl.circuito.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The SQL statements and commits one thread sent while running a piece of code, counted by the test data
 * source ({@link OneConnectionPerRequest}): how many round trips a page view costs, checked by tests instead
 * of timed.
 */
public final class SqlStatements {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private SqlStatements() {
    }

    /** What {@code work} sent to the database on this thread. */
    public static Recording during(Callable<?> work) throws Exception {
        Recording recording = new Recording();
        Recording outer = CURRENT.get();
        CURRENT.set(recording);
        try {
            work.call();
        } finally {
            CURRENT.set(outer);
        }
        return recording;
    }

    static void statement(String sql) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.statements.add(sql == null ? "(statement)" : sql.strip().replaceAll("\\s+", " "));
        }
    }

    static void commit() {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.commits++;
        }
    }

    public static final class Recording {

        private final List<String> statements = new ArrayList<>();
        private int commits;

        public List<String> statements() {
            return List.copyOf(statements);
        }

        /** The statements a page needs for itself: without the audit trail of the read and the session. */
        public List<String> ownStatements() {
            return statements.stream()
                    .map(sql -> sql.toLowerCase(Locale.ROOT))
                    .filter(sql -> !sql.startsWith("insert into audit_event") && !sql.contains("spring_session"))
                    .toList();
        }

        public int commits() {
            return commits;
        }

        @Override
        public String toString() {
            return statements.size() + " statements, " + commits + " commits:\n  " + String.join("\n  ", statements);
        }
    }
}

package cl.circuito.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing that needs attention, in one program.
 *
 * @param messageKey a message of the bundles, rendered in the application with {@code args}; it may name the
 *                   child (the user's scope allows it). The e-mail digest never uses it: e-mail leaves our
 *                   systems, so it carries only counts per program and kind, and a link.
 * @param link       the page where the user acts on it, relative to the application (e.g. {@code /entries/…})
 * @param dueOn      the date that makes it urgent, when there is one (orders alerts of a kind)
 */
public record Alert(AlertKind kind, UUID programId, String programName, String messageKey, List<Object> args,
                    String link, LocalDate dueOn) {

    public Alert {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(programId);
        Objects.requireNonNull(messageKey);
        args = args == null ? List.of() : List.copyOf(args);
    }

    public AlertSeverity severity() {
        return kind.severity();
    }
}

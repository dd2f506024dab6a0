package cl.circuito.mesas.sessions;

import java.util.List;
import java.util.UUID;

/**
 * Who attended a session as the minutes list it (their page and PDF). Implemented by attendance, read by the
 * minutes; an empty list when no attendance was taken.
 */
public interface AttendanceDigest {

    List<Line> forSession(UUID sessionId);

    /**
     * One line: the member (or, for a guest, their institution), the person, and the status label already in
     * Spanish ("Presente", "Excusa", "Ausente"); {@code guest} for people invited to this session only.
     */
    record Line(String memberName, String personName, String position, String statusLabel, boolean present,
                boolean guest) {
    }
}

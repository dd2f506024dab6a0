package cl.circuito.mesas.sessions;

/** How a member's representative stood at a session. */
public enum AttendanceStatus {
    PRESENT,
    /** Excusa: they let the Mesa know they could not come. */
    APOLOGIES,
    ABSENT
}

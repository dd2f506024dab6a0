package cl.circuito.mesas.sessions;

public enum SessionStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}

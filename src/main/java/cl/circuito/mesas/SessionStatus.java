package cl.circuito.mesas;

public enum SessionStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}

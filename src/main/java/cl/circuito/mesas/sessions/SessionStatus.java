package cl.circuito.mesas.sessions;

public enum SessionStatus {
    SCHEDULED,
    HELD,
    CANCELLED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isCancelled() {
        return this == CANCELLED;
    }

    public boolean isHeld() {
        return this == HELD;
    }

    public boolean isScheduled() {
        return this == SCHEDULED;
    }
}

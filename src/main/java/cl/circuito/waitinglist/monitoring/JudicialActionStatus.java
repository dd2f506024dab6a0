package cl.circuito.waitinglist.monitoring;

public enum JudicialActionStatus {
    /** Opened by a "not protected" outcome; nothing asked of the court yet. */
    OPEN,
    /** Asked of the court; waiting for its answer. */
    REQUESTED,
    /** The court answered. */
    RESOLVED;

    public boolean unresolved() {
        return this != RESOLVED;
    }

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isOpen() {
        return this == OPEN;
    }

    public boolean isRequested() {
        return this == REQUESTED;
    }

    public boolean isResolved() {
        return this == RESOLVED;
    }
}

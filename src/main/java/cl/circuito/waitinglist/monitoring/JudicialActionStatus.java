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
}

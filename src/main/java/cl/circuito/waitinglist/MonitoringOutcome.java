package cl.circuito.waitinglist;

/** What a monitoring action found about the child's protection situation. */
public enum MonitoringOutcome {
    PROTECTED,
    /** Opens a judicial-action task: the director must ask the court for protection. */
    NOT_PROTECTED,
    /** Nobody could be reached: the situation is still unknown. */
    NOT_REACHED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isNotProtected() {
        return this == NOT_PROTECTED;
    }

    public boolean isProtected() {
        return this == PROTECTED;
    }
}

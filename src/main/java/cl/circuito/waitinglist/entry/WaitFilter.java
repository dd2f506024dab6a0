package cl.circuito.waitinglist.entry;

/**
 * The list's filter on the wait against the program's target (issue 18), combined with the state filter. Each is a
 * fixed condition on the receipt date against the program's cutoffs of the day ({@link WaitClock.Cutoffs}).
 */
public enum WaitFilter {
    ANY("true"),
    /** Open children who have waited more business days than the target. */
    BREACHED("e.status <> 'EXITED' and e.received_on < :breachedBefore"),
    /** Open children not over the target yet who will be by the end of the month if not admitted. */
    BREACHING_THIS_MONTH("e.status <> 'EXITED' and e.received_on >= :breachedBefore and e.received_on < :breachingBefore");

    /** A fixed SQL condition: the only way this filter reaches the query. */
    public final String condition;

    WaitFilter(String condition) {
        this.condition = condition;
    }
}

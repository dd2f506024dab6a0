package cl.circuito.courtorders.ledger;

/** The admissibility deadline of an order. Labels: {@code courtorders.deadline.<NAME>}. */
public enum DeadlineState {
    /** Not decided yet, still within the deadline. */
    RUNNING,
    /** Not decided yet, the deadline passed. */
    OVERDUE,
    /** Decided on or before the deadline. */
    MET,
    /** Decided after the deadline. */
    MISSED,
    /** Left the list before any decision. */
    NONE;

    public boolean isOverdue() {
        return this == OVERDUE;
    }

    /** Whether the page marks it as a problem. */
    public boolean isLate() {
        return this == OVERDUE || this == MISSED;
    }
}

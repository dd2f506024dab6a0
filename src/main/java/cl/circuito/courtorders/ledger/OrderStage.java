package cl.circuito.courtorders.ledger;

/** Where a court order stands on the program's side. Labels: {@code courtorders.stage.<NAME>}. */
public enum OrderStage {
    /** Received, admissibility not yet decided. */
    RECEIVED,
    /** Declared not eligible (the decision took the child off the list). */
    NOT_ELIGIBLE,
    /** Eligible, waiting in the ranking. */
    WAITING,
    /** Eligible, admission scheduled for a month. */
    SCHEDULED,
    /** Admitted: an active case of the program. */
    ADMITTED,
    /** Left the list for another reason. */
    LEFT
}

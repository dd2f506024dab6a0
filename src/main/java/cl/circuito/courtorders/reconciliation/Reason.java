package cl.circuito.courtorders.reconciliation;

/** Why an order is on the worklist. Labels: {@code courtorders.reason.<NAME>}. */
public enum Reason {
    /** Admissibility not decided and the deadline passed. */
    DECISION_OVERDUE,
    /** Decided, but no letter stating the decision reached the court (none drafted, or not issued, or not sent). */
    DECISION_NOT_TOLD,
    /** Admitted, but the effective-admission oficio did not reach the court. */
    ADMISSION_NOT_TOLD,
    /** Still open here although another program admitted the child after this referral. */
    ADMITTED_ELSEWHERE,
    /** Still open here although the child left another program for a reason about the child. */
    LEFT_ELSEWHERE,
    /** The same child and RIT are open on another program's list too. */
    SAME_RIT_ELSEWHERE,
    /** Open, and nothing has happened to it for longer than the page's threshold. */
    NO_MOVEMENT
}

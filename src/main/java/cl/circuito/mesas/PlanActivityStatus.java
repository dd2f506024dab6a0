package cl.circuito.mesas;

/** Where a planned activity stands. Labels: {@code mesamembers.planStatus.<VALUE>}. */
public enum PlanActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    /** Dropped from the plan: it no longer counts for the progress. */
    CANCELLED
}

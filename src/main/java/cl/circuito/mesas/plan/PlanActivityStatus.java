package cl.circuito.mesas.plan;

/** Where a planned activity stands. Labels: {@code mesamembers.planStatus.<VALUE>}. */
public enum PlanActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    /** Dropped from the plan: it no longer counts for the progress. */
    CANCELLED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isCancelled() {
        return this == CANCELLED;
    }

    public boolean isDone() {
        return this == DONE;
    }

    public boolean isInProgress() {
        return this == IN_PROGRESS;
    }
}

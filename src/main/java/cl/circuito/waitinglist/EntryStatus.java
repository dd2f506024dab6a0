package cl.circuito.waitinglist;

public enum EntryStatus {
    /** Referral received; the director has a deadline to decide admissibility. */
    UNDER_REVIEW,
    /** Declared eligible (sujeto de atención): waits for a place. */
    WAITING,
    /** Given one of next month's free places: admission interview, then the admission date. Holds a place. */
    SCHEDULED,
    /** Left the list, always with a reason. */
    EXITED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isExited() {
        return this == EXITED;
    }

    public boolean isScheduled() {
        return this == SCHEDULED;
    }

    public boolean isUnderReview() {
        return this == UNDER_REVIEW;
    }

    public boolean isWaiting() {
        return this == WAITING;
    }
}

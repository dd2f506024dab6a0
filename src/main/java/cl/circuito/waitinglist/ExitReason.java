package cl.circuito.waitinglist;

/** Why an entry left the list. Nobody leaves silently. */
public enum ExitReason {
    /** The admissibility decision: no sujeto de atención (recorded by the decision, not as an exit). */
    NOT_ELIGIBLE,
    REFERRED_ELSEWHERE,
    COURT_MEASURE_ENDED,
    FAMILY_MOVED,
    TURNED_18,
    DUPLICATE,
    WITHDRAWN,
    /** Effective admission: the child became an active case of the program (recorded by the admission). */
    ADMITTED;

    /** The reasons a user picks when recording an exit (the decision has its own form). */
    public static ExitReason[] otherExits() {
        return new ExitReason[]{REFERRED_ELSEWHERE, COURT_MEASURE_ENDED, FAMILY_MOVED, TURNED_18, DUPLICATE, WITHDRAWN};
    }

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isNotEligible() {
        return this == NOT_ELIGIBLE;
    }
}

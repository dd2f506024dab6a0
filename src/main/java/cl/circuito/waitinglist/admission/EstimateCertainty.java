package cl.circuito.waitinglist.admission;

/** How sure an estimated admission date is, said in words with its range (docs/estimates.md). */
public enum EstimateCertainty {
    /** A free place is there for the child's rank: both dates are next month. */
    CERTAIN,
    /** Computed from the exits the program had in the last six complete months. */
    OBSERVED,
    /** The fallback rate: the program has too little history, the range is wide. */
    UNCERTAIN;

    // What a page asks of a value, instead of comparing names.
    public boolean isUncertain() {
        return this == UNCERTAIN;
    }
}

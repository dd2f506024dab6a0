package cl.circuito.waitinglist;

/** How sure an estimated admission date is, said in words with its range (docs/estimates.md); letters says it too. */
public enum EstimateCertainty {
    /** A free place is there for the child's rank: both dates are next month. */
    CERTAIN,
    /** Computed from the exits the program had in the last six complete months. */
    OBSERVED,
    /** The fallback rate: the program has too little history, the range is wide. */
    UNCERTAIN;

    /** A free place for the rank is certain; otherwise it is as sure as the rate is observed. */
    public static EstimateCertainty of(int rank, int freePlaces, boolean observedRate) {
        if (rank <= Math.max(0, freePlaces)) {
            return CERTAIN;
        }
        return observedRate ? OBSERVED : UNCERTAIN;
    }

    // What a page asks of a value, instead of comparing names.
    public boolean isUncertain() {
        return this == UNCERTAIN;
    }
}

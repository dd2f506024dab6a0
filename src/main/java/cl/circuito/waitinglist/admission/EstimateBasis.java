package cl.circuito.waitinglist.admission;

/** Where the monthly exit rate of an estimate comes from. */
public enum EstimateBasis {
    /** Active cases closed in the last six complete months, divided by six. */
    OBSERVED,
    /** The program has less than six months of history (or no exits): capacity / 12, at least 1. */
    FALLBACK;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isFallback() {
        return this == FALLBACK;
    }
}

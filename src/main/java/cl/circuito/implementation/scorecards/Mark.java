package cl.circuito.implementation.scorecards;

/**
 * An indicator's mark against the national thresholds. Always shown with its words
 * ({@code implementation.mark.<VALUE>}), never by colour alone.
 */
public enum Mark {
    GREEN,
    AMBER,
    RED,
    /** Nothing to measure yet (no session held, no agreement due): neither good nor bad. */
    NOT_APPLICABLE
}

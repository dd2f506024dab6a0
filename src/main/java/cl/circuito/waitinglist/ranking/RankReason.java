package cl.circuito.waitinglist.ranking;

/**
 * Why a child holds its place in the ranking, compared with the child just above it in the natural
 * order (the screen says "why this child is third").
 */
public enum RankReason {
    /** First in the natural order. */
    FIRST,
    /** Placed at this position by hand, with a written reason. */
    MANUAL,
    /** The child above has priority 1 and this one priority 2. */
    LOWER_PRIORITY,
    /** Same priority, lower score. */
    LOWER_SCORE,
    /** Same priority and score, received later. */
    LATER_RECEIPT,
    /** Same priority, score and date of receipt: registered later. */
    LATER_REGISTRATION,
    /** Not yet assessed with the priority guide: after every assessed child. */
    NOT_ASSESSED
}

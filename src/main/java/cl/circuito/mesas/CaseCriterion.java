package cl.circuito.mesas;

/**
 * Why a case is brought to the Mesa (minuta, IV.2). The source notes that no comuna reviews successful
 * cases or good practices, so {@link #GOOD_PRACTICE} sits among the others, as easy to choose.
 */
public enum CaseCriterion {
    /** A complex situation that needs other professionals' view. */
    COMPLEX_SITUATION,
    /** A child attended by several programs at once (over-intervention risk). */
    SEVERAL_PROGRAMS,
    /** Involves health or education: their representatives should be invited. */
    HEALTH_OR_EDUCATION,
    /** An intervention that has not progressed. */
    NO_PROGRESS,
    /** A successful case or good practice: what were the keys to restore the child's rights. */
    GOOD_PRACTICE;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isGoodPractice() {
        return this == GOOD_PRACTICE;
    }

    public boolean isHealthOrEducation() {
        return this == HEALTH_OR_EDUCATION;
    }
}

package cl.circuito.waitinglist.monitoring;

/**
 * The two questions of a re-validation of a long wait: does the child still need the program, and can the family
 * still be reached. Both answered makes the monitoring action a re-validation; neither, a plain monitoring action;
 * one alone is refused, naming the other.
 */
public record RevalidationAnswers(Boolean stillNeedsProgram, Boolean stillReachable) {

    public static final RevalidationAnswers NONE = new RevalidationAnswers(null, null);

    boolean given() {
        return stillNeedsProgram != null || stillReachable != null;
    }

    void requireComplete() {
        if (stillNeedsProgram == null) {
            throw MonitoringRuleViolation.invalid("stillNeedsProgram", "revalidation.error.stillNeedsRequired");
        }
        if (stillReachable == null) {
            throw MonitoringRuleViolation.invalid("stillReachable", "revalidation.error.stillReachableRequired");
        }
    }
}

package cl.circuito.waitinglist.monitoring;

/** Why a child is in a month's monitoring plan. */
public enum MonitoringPlanReason {
    /** Higher priority or score than the children left out. */
    HIGHEST_RISK,
    /** Same risk as those left out, but longer without monitoring (or never monitored). */
    LONGEST_WITHOUT_MONITORING,
    /** Same risk and same last monitoring as those left out, but waiting longer. */
    LONGEST_WAITING,
    /** Added by the director to the proposal. */
    ADDED_BY_DIRECTOR,
    /** A program with a support professional interviews every waiting child in person. */
    EVERY_WAITING_CHILD,
    /** Waiting past a set point of the re-validation schedule since the last re-validation: ask again. */
    REVALIDATION
}

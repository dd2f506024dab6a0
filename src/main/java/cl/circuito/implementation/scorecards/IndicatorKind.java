package cl.circuito.implementation.scorecards;

/**
 * What the national team asks of each Mesa every year (minuta, IV.2), in the report's order. Labels:
 * {@code implementation.indicator.<VALUE>}. All are "higher is better" except {@link #AGREEMENTS_OVERDUE}.
 */
public enum IndicatorKind {
    /** Sessions held in the year against those its frequency asks for (percent). */
    SESSIONS_HELD,
    /** Co-leadership as the model asks: OPD and EDT co-facilitating (2), one of them or the manager (1), none (0). */
    CO_LEADERSHIP,
    /** Progress of the year's plan: activities done over planned (percent); no plan is red. */
    PLAN_PROGRESS,
    /** Attendance of permanent members at the year's held sessions (percent). */
    PERMANENT_ATTENDANCE,
    /** Occasional members (sectors) convened to at least one session in the year (count). */
    OCCASIONAL_CONVENED,
    /** Agreements due in the year that were done (percent of those closed or due). */
    AGREEMENTS_DONE,
    /** Agreements open or in progress past their due date at the end of the period (count; lower is better). */
    AGREEMENTS_OVERDUE,
    /** Case reviews per held session (average). */
    CASE_REVIEWS_PER_SESSION,
    /** Case reviews of good practices or successful cases in the year (count). */
    GOOD_PRACTICES,
    /** Outreach and training activities in the year (count). */
    OUTREACH,
    /** Protocols in force with other sectors (count). */
    PROTOCOLS;

    public boolean higherIsBetter() {
        return this != AGREEMENTS_OVERDUE;
    }

    /** Measured in percent (0–100); the others are counts or averages. */
    public boolean percent() {
        return this == SESSIONS_HELD || this == PLAN_PROGRESS || this == PERMANENT_ATTENDANCE || this == AGREEMENTS_DONE;
    }
}

package cl.circuito.waitinglist;

/** The states a director filters the list by. */
public enum ListFilter {
    /** Under review, waiting or scheduled: the default view. */
    OPEN("e.status <> 'EXITED'"),
    UNDER_REVIEW("e.status = 'UNDER_REVIEW'"),
    WAITING("e.status = 'WAITING'"),
    SCHEDULED("e.status = 'SCHEDULED'"),
    ADMITTED("e.exit_reason = 'ADMITTED'"),
    NOT_ELIGIBLE("e.exit_reason = 'NOT_ELIGIBLE'"),
    OTHER_EXITS("e.status = 'EXITED' and e.exit_reason not in ('NOT_ELIGIBLE', 'ADMITTED')"),
    /** Open referrals not yet entered in SENAINFO, and not-eligible children not yet removed from it. */
    SENAINFO_PENDING(SenainfoState.PENDING_CONDITION),
    ALL("true");

    /** A fixed SQL condition: the only way a filter reaches the query. */
    final String condition;

    ListFilter(String condition) {
        this.condition = condition;
    }
}

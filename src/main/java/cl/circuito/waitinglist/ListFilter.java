package cl.circuito.waitinglist;

/** The states a director filters the list by. */
public enum ListFilter {
    /** Under review or waiting: the default view. */
    OPEN("e.status <> 'EXITED'"),
    UNDER_REVIEW("e.status = 'UNDER_REVIEW'"),
    WAITING("e.status = 'WAITING'"),
    NOT_ELIGIBLE("e.exit_reason = 'NOT_ELIGIBLE'"),
    OTHER_EXITS("e.status = 'EXITED' and e.exit_reason <> 'NOT_ELIGIBLE'"),
    ALL("true");

    /** A fixed SQL condition: the only way a filter reaches the query. */
    final String condition;

    ListFilter(String condition) {
        this.condition = condition;
    }
}

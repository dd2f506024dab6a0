package cl.circuito.waitinglist.admission;

/** Which of a program's cases a list shows. */
public enum CaseFilter {
    OPEN("ac.closed_on is null", "ac.admitted_on desc"),
    CLOSED("ac.closed_on is not null", "ac.closed_on desc"),
    ALL("true", "ac.closed_on desc nulls first, ac.admitted_on desc");

    /** Fixed SQL: the only way a filter reaches the query. */
    final String condition;
    final String orderBy;

    CaseFilter(String condition, String orderBy) {
        this.condition = condition;
        this.orderBy = orderBy;
    }
}

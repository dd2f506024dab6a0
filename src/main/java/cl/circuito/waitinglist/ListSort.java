package cl.circuito.waitinglist;

/** The orders the list can be sorted by; each is a fixed SQL clause, never user text. */
public enum ListSort {
    /** Pending decisions first, nearest deadline first. */
    DEADLINE("case e.status when 'UNDER_REVIEW' then 0 when 'WAITING' then 1 when 'SCHEDULED' then 2 else 3 end, e.admissibility_due_on, e.received_on"),
    RECEIVED("e.received_on desc, e.registered_at desc"),
    NAME("c.paternal_surname collate \"es-x-icu\", c.maternal_surname collate \"es-x-icu\", c.given_names collate \"es-x-icu\""),
    /** The guide's order of the ranking: priority 1 first, then higher score, then earlier receipt (not yet assessed last). */
    RANKING("e.priority nulls last, e.priority_score desc nulls last, e.received_on, e.registered_at");

    final String orderBy;

    ListSort(String orderBy) {
        this.orderBy = orderBy;
    }
}

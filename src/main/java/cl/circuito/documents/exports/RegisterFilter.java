package cl.circuito.documents.exports;

import cl.circuito.waitinglist.ListFilter;

/** Which entries the register holds: the children on the list now, or everyone ever referred, exits included. */
public enum RegisterFilter {
    /** Under review, waiting or scheduled (en lista). */
    OPEN(ListFilter.OPEN),
    /** Every entry, with those who left the list and why. */
    ALL(ListFilter.ALL);

    private final ListFilter listFilter;

    RegisterFilter(ListFilter listFilter) {
        this.listFilter = listFilter;
    }

    ListFilter listFilter() {
        return listFilter;
    }
}

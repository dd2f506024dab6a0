package cl.circuito.waitinglist;

/** How a descriptor of the priority guide is marked: present (1), absent (0) or no data (X). */
public enum PriorityAnswer {
    PRESENT,
    ABSENT,
    /** Not known yet: it does not count, and it is background still to gather. */
    NO_DATA
}

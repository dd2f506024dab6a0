package cl.circuito.waitinglist.priority;

/** How a descriptor of the priority guide is marked: present (1), absent (0) or no data (X). */
public enum PriorityAnswer {
    PRESENT,
    ABSENT,
    /** Not known yet: it does not count, and it is background still to gather. */
    NO_DATA;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isAbsent() {
        return this == ABSENT;
    }

    public boolean isNoData() {
        return this == NO_DATA;
    }

    public boolean isPresent() {
        return this == PRESENT;
    }
}

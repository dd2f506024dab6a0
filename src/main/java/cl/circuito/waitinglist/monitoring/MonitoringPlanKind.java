package cl.circuito.waitinglist.monitoring;

/** How a program monitors its list in a month, by whether it has a support professional. */
public enum MonitoringPlanKind {
    /** No support professional: a sample of at least 30 % (under 100 waiting) or 20 % of the list. */
    SAMPLE,
    /** With a support professional: an in-person interview with every waiting child. */
    ALL_IN_PERSON;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isAllInPerson() {
        return this == ALL_IN_PERSON;
    }

    public boolean isSample() {
        return this == SAMPLE;
    }
}

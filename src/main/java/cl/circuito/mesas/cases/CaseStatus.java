package cl.circuito.mesas.cases;

/** A case is followed until the Mesa closes it, with a note. */
public enum CaseStatus {
    OPEN, CLOSED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isClosed() {
        return this == CLOSED;
    }

    public boolean isOpen() {
        return this == OPEN;
    }
}

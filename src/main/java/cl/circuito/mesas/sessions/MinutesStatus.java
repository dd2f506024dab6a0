package cl.circuito.mesas.sessions;

/** The acta: written as a draft, circulated to the members, approved at the next session's reading. */
public enum MinutesStatus {
    DRAFT,
    CIRCULATED,
    /** Read-only from now on. */
    APPROVED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isApproved() {
        return this == APPROVED;
    }

    public boolean isCirculated() {
        return this == CIRCULATED;
    }

    public boolean isDraft() {
        return this == DRAFT;
    }
}

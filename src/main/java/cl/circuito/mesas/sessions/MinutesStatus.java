package cl.circuito.mesas.sessions;

/** The acta: written as a draft, circulated to the members, approved at the next session's reading. */
public enum MinutesStatus {
    DRAFT,
    CIRCULATED,
    /** Read-only from now on. */
    APPROVED
}

package cl.circuito.audit;

public enum AuditAction {
    VIEWED,
    CREATED,
    CHANGED,
    DOWNLOADED,
    EXPORTED,
    /** A record disposed of at the end of its retention: anonymised or deleted, with the reason. */
    DISPOSED,
    /** A user logged in (by single sign-on). */
    LOGGED_IN,
    /** A single sign-on refused: an identity no enabled user has. */
    LOGIN_REFUSED,
    /** A request refused: a record out of the asker's scope (404) or a permission she lacks (403). */
    REFUSED,
    /** A login that failed; the actor is unknown, the typed username is kept for the administrator only. */
    LOGIN_FAILED
}

package cl.circuito.audit;

public enum AuditAction {
    VIEWED,
    CREATED,
    CHANGED,
    DOWNLOADED,
    EXPORTED,
    /** A user logged in (by single sign-on). */
    LOGGED_IN,
    /** A login refused: an identity no enabled user has. */
    LOGIN_REFUSED
}

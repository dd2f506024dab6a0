package cl.circuito.audit;

public enum AuditAction {
    VIEWED,
    CREATED,
    CHANGED,
    DOWNLOADED,
    EXPORTED
}

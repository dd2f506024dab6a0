/**
 * The audit trail: who read and who changed which child's record, when, and what changed.
 * Append-only. Changes are written in the same transaction as the change itself; views in the reader's
 * (read-write) transaction. What changed is given as {@link cl.circuito.audit.AuditDetails}, field by field
 * from one vocabulary, {@link cl.circuito.audit.AuditField}.
 */
package cl.circuito.audit;

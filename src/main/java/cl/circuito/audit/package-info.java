/**
 * The audit trail: who read and who changed which child's record, when, and what changed; refused requests, failed
 * logins and exports too; a hash chain a check walks, and the viewer of the admin and the national team.
 * Append-only, enforced by the database. Changes are written in the same transaction as the change itself; views in the reader's
 * (read-write) transaction. What changed is given as {@link cl.circuito.audit.AuditDetails}, field by field
 * from one vocabulary, {@link cl.circuito.audit.AuditField}.
 */
package cl.circuito.audit;

/**
 * The audit trail: who read and who changed which child's record, when, and what changed.
 * Append-only. Changes are written in the same transaction as the change itself; views in their own,
 * so a read-only page still leaves its trace.
 */
package cl.circuito.audit;

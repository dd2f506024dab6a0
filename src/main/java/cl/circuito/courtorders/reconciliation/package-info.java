/**
 * The reconciliation worklist: court orders whose records may disagree with the court's (decision overdue, a
 * decision or admission not told, still listed after admission or exit elsewhere, the same RIT in two programs,
 * no movement for too long), each with why and where it is fixed.
 */
package cl.circuito.courtorders.reconciliation;

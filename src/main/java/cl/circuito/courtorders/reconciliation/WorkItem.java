package cl.circuito.courtorders.reconciliation;

import cl.circuito.courtorders.ledger.CourtOrder;

/**
 * One line of the worklist: the order, why it is there (in words), and the page where it is fixed.
 *
 * @param fixPath the application path of the page that fixes it (the entry, its letters, or the letter itself)
 */
public record WorkItem(CourtOrder order, Reason reason, String why, String fixPath, String fixLabel) {
}

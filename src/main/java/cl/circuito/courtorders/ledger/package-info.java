/**
 * The ledger of a court order: a court referral with the state it reached and what the court was told of it,
 * assembled from the waiting list's facts and the letters ({@link cl.circuito.courtorders.ledger.Ledger}), read
 * per program or per order with an audit line ({@link cl.circuito.courtorders.ledger.CourtOrders}).
 */
package cl.circuito.courtorders.ledger;

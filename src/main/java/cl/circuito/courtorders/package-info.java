/**
 * Court orders (issue 18): each referral a family court made is followed as an order — the ledger of the order
 * (court, RIT, RUC, receipt, deadline, decision, ranking, estimated date, admission or exit, and the oficios that
 * told the court each of them), a reconciliation worklist of what the court's records and ours may disagree on,
 * and a report per family court (page, API, xlsx and PDF). It owns no data: it reads the waiting list through
 * {@code waitinglist.CourtOrderFacts} and the letters through {@code letters.CourtLetters}, scoped by the asker,
 * and audits every read of children's data. No other module uses it, so its base package is empty: {@code ledger},
 * {@code reconciliation} and {@code report}, each with its {@code web}.
 */
package cl.circuito.courtorders;

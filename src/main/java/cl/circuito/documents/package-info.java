/**
 * The documents directors keep of their waiting list (I-SGC-01, REGISTROS): the register Nómina de Niños –
 * Lista de Espera (F-SGC-030) as xlsx and landscape PDF, the list as CSV for Excel, and the priority guide
 * filled for a child laid out like annex 1. It owns no data: it draws each document from the waiting list's
 * scoped reads ({@code WaitingListRegister}, {@code PriorityAssessments.print}), which leave a trace of every
 * export in the audit trail under this module's message keys. No other module uses it, so its base package is
 * empty; the documents are drawn in {@code exports}, with its {@code web}.
 */
package cl.circuito.documents;

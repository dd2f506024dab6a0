/**
 * The report per family court: every child the court referred to the programs in the asker's scope, as a page of
 * courts with counts, JSON, xlsx and a landscape PDF (bulk files count against the export quota and are audited as
 * exports).
 */
package cl.circuito.courtorders.report;

/**
 * The exports of a program's waiting list: F-SGC-030 as xlsx and PDF ({@code RegisterPdf} draws its rows directly
 * with {@code shared.documents.PdfTable}), the list as CSV for Excel, and the filled priority guide, each an
 * audited read ({@link cl.circuito.documents.exports.WaitingListDocuments}).
 */
package cl.circuito.documents.exports;

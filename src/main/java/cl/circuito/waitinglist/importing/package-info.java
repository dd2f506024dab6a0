/**
 * Bringing in the waiting list a program kept before Circuito (its F-SGC-030 in Excel, issue 16): upload, a column
 * mapping proposed from the sheet's own names and remembered per program, a row-by-row preview built with the same
 * rules as a referral typed on the form, and a confirmed import that runs off the request's thread and saves all
 * its rows or none.
 */
package cl.circuito.waitinglist.importing;

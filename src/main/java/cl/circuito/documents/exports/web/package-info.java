/** The download links of the waiting list's documents and their API. */
package cl.circuito.documents.exports.web;

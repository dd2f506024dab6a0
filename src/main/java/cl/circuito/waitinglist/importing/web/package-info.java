/** Pages and API of the list import: upload, mapping and preview, confirmation, progress, the refused rows' file. */
package cl.circuito.waitinglist.importing.web;

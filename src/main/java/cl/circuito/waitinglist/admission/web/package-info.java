/** Pages and API of admission: the month's plan, the entry's admission section and active cases. */
package cl.circuito.waitinglist.admission.web;

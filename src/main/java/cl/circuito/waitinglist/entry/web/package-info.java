/** Pages and API of the entry capability: the list, the referral form and the entry page with its sections. */
package cl.circuito.waitinglist.entry.web;

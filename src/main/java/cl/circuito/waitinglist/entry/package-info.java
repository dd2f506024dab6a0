/**
 * Entries on the waiting list: a referral becomes an entry (intake), gathers background and attachments within the
 * admissibility deadline, is declared eligible or not, and leaves the list; the list, its search and the entry page.
 */
package cl.circuito.waitinglist.entry;

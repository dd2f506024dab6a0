/**
 * Where a waiting child becomes an active case: the monthly admission plan, the interview, the admission, active
 * cases and their closing, the program's places and the estimated admission dates.
 */
package cl.circuito.waitinglist.admission;

/**
 * A Mesa's agreements (acuerdos): agreed at a session or as a case review's strategy, carried from session to
 * session until closed with a note, and the alerts for overdue ones.
 */
package cl.circuito.mesas.agreements;

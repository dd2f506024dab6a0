/**
 * A Mesa's sessions: dates and numbering, agenda, convocations (e-mail and calendar file), attendance, and the
 * minutes written per agenda item and approved at the next session.
 */
package cl.circuito.mesas.sessions;

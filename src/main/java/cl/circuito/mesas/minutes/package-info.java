/**
 * A session's minutes as read (page, API, PDF): they show the session's agreements and case reviews, so they sit
 * above the sessions and the agreements; the sessions write, circulate and approve them.
 */
package cl.circuito.mesas.minutes;

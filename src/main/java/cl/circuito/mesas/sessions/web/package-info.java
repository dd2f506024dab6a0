/**
 * The pages and API of a Mesa's sessions, their attendance and their minutes (the minutes' API also answers for
 * the agreements, under one tag, as the minutes page records them).
 */
package cl.circuito.mesas.sessions.web;

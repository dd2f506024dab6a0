/**
 * The cases a Mesa follows and their reviews at its sessions, children known by initials and age only (never a
 * RUT or a name), and the presentation formats the reviews answer.
 */
package cl.circuito.mesas.cases;

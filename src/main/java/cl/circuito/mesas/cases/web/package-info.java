/**
 * The pages and API of a Mesa's cases, their reviews and its presentation formats.
 */
package cl.circuito.mesas.cases.web;

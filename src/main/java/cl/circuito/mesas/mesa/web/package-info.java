/**
 * The pages and API of a Mesa's setup: the list of Mesas, founding, the summary, settings, members and
 * representatives.
 */
package cl.circuito.mesas.mesa.web;

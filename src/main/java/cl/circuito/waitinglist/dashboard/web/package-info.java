/** The dashboard page and its API. */
package cl.circuito.waitinglist.dashboard.web;

/** The flows page and its API. */
package cl.circuito.circuit.flows.web;

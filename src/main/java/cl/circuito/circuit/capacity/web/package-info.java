/** The capacity page, its xlsx and its API. */
package cl.circuito.circuit.capacity.web;

/** The shared-children page of a Mesa and the API of a child's other programs. */
package cl.circuito.circuit.overlaps.web;

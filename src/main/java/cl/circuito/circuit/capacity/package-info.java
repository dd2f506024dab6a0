/**
 * The capacity the network needs (issue 18), for a program, a comuna, a region or the nation within the asker's
 * scope: demand, admissions, exits, the list and its trend, the waits, the load and the places needed to bring the
 * wait under the target within N months, with a what-if (places, demand) that redraws the forecast (page
 * {@code /capacity}, API {@code /api/v1/capacity}, xlsx). The figures come from
 * {@link cl.circuito.waitinglist.CapacityFigures} and the model is {@link cl.circuito.waitinglist.CapacityModel}
 * (docs/capacity.md). Counts only.
 */
package cl.circuito.circuit.capacity;

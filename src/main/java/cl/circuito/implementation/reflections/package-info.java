/**
 * Each Mesa's semester reflection: the facilitators inside and outside the Mesa, its risks and achievements, written
 * by its co-facilitators and read by the report.
 */
package cl.circuito.implementation.reflections;

/**
 * Monitoring how the Mesas are implemented (the national team's yearly "seguimiento a la implementación"):
 * per Mesa and year, indicators of functioning and process with a green, amber or red mark against
 * thresholds the national team sets; each Mesa's semester reflection (facilitators inside and outside the
 * Mesa, risks, achievements); the managers' notes; and the yearly report laid out like the source's minuta
 * (presentation, functioning, process, conclusions), regional or national. No other module uses it, so its
 * base package is empty: {@code scorecards} (indicators, marks, thresholds, the scope asked about),
 * {@code reflections}, and {@code report} (with the managers' notes); one {@code web} serves the three, whose
 * pages share their forms and records.
 */
package cl.circuito.implementation;

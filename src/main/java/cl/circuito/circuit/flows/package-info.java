/**
 * Referral flows across a comuna's programs, in counts: referrer → program, program → program, admissions and
 * exits, and waiting times, for a period (page {@code /flows}, API {@code /api/v1/flows}). The counts come from
 * {@link cl.circuito.waitinglist.ComunaFlows}; no program's case content is shown.
 */
package cl.circuito.circuit.flows;

/**
 * The circuit as a whole, in counts: referral flows across a comuna's programs (referrer → program,
 * program → program, admissions and exits) and waiting times, and the children who are in several programs
 * at once (over-intervention), listed per Mesa by initials and age as candidates for a case review, and the capacity the network needs (places
 * needed to bring the wait under the target, with a what-if). No
 * program sees another program's case content here. No other module uses it, so its base package is empty: the
 * flows live in {@code flows}, the children in several programs in {@code overlaps}, each with its {@code web}.
 */
package cl.circuito.circuit;

/**
 * The circuit as a whole, in counts: referral flows across a comuna's programs (referrer → program,
 * program → program, admissions and exits) and waiting times, and the children who are in several programs
 * at once (over-intervention), listed per Mesa by initials and age as candidates for a case review. No
 * program sees another program's case content here.
 */
package cl.circuito.circuit;

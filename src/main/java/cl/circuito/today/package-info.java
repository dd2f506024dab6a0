/**
 * The day page: what needs each user today, gathered from the other modules: first the user's
 * alerts (from {@code alerts}, most urgent first), then each program's situation.
 */
package cl.circuito.today;

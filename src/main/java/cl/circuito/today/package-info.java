/**
 * The day page: what needs each user today, gathered from the other modules (for now the waiting
 * list's pending admissibility decisions and each program's situation).
 */
package cl.circuito.today;

/**
 * The priority guide: versioned instruments, each program's cut, and the assessments (with overrides) that give a
 * waiting child its priority.
 */
package cl.circuito.waitinglist.priority;

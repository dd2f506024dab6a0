/** A program's figures and trends: list, monitoring and admission counts over time. */
package cl.circuito.waitinglist.dashboard;

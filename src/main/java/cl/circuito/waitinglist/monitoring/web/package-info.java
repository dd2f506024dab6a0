/** Pages and API of monitoring: the monthly plan, an entry's monitoring and the judicial actions. */
package cl.circuito.waitinglist.monitoring.web;

/**
 * Monitoring while a child waits: the actions recorded, the monthly plan and its sample rule, and the judicial
 * actions a "not protected" finding opens.
 */
package cl.circuito.waitinglist.monitoring;

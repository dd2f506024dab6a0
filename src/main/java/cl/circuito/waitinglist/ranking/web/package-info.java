/** Pages and API of the ranking and its manual placements. */
package cl.circuito.waitinglist.ranking.web;

/** The program's ranking (prelación) of waiting children by the guide's order, and the director's manual placements. */
package cl.circuito.waitinglist.ranking;

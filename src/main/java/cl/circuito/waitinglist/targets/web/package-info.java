/** Pages and API of the wait targets: the network's (national team) and a program's own (its director). */
package cl.circuito.waitinglist.targets.web;

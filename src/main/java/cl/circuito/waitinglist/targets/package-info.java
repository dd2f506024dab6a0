/**
 * The wait targets' pages and API: the national team sets the network's target, a program's director her own or
 * back to the network's. The rule and the storage are {@link cl.circuito.waitinglist.WaitTargets}'.
 */
package cl.circuito.waitinglist.targets;

package cl.circuito.waitinglist.entry;

import java.time.LocalDate;

/**
 * The decision a program took before Circuito, brought in with its list: the child was declared eligible
 * (sujeto de atención) on that day, with the priority and score the guide gave them, when known.
 */
public record PriorDecision(LocalDate decidedOn, Integer priority, Integer score) {
}

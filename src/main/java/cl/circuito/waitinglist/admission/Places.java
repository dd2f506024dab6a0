package cl.circuito.waitinglist.admission;

/**
 * A program's places right now: free = agreed capacity − active cases − admissions already scheduled
 * (never below zero; it is zero when a program is at or over its capacity).
 */
public record Places(int capacity, int activeCases, int scheduled, int free) {

    public static Places of(int capacity, int activeCases, int scheduled) {
        return new Places(capacity, activeCases, scheduled, Math.max(0, capacity - activeCases - scheduled));
    }
}

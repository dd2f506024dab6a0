package cl.circuito.waitinglist.entry;

import java.util.UUID;

/**
 * An event after which a program's ranking or its places may have changed (a child became eligible or left,
 * was scored, moved, scheduled or admitted; a case opened or closed): the program's estimated admission
 * dates are recomputed ({@code admission.AdmissionEstimateTriggers}). Implemented by the events, so a new event that
 * moves the ranking cannot be forgotten by the estimates.
 */
public interface MovesTheRanking {

    UUID programId();
}

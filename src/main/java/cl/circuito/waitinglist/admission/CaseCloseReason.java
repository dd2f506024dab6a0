package cl.circuito.waitinglist.admission;

/** Why an active case left the program (program exit). Each frees a place. */
public enum CaseCloseReason {
    INTERVENTION_COMPLETED,
    TRANSFERRED,
    COURT_ORDER,
    DROPPED_OUT,
    TURNED_18,
    OTHER
}

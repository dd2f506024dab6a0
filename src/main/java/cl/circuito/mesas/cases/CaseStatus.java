package cl.circuito.mesas.cases;

/** A case is followed until the Mesa closes it, with a note. */
public enum CaseStatus {
    OPEN, CLOSED
}

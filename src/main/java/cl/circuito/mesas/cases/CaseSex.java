package cl.circuito.mesas.cases;

/** The child's sex as the presenting program chooses to tell the Mesa (optional). */
public enum CaseSex {
    FEMALE, MALE, OTHER
}

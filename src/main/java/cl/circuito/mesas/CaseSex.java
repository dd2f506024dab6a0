package cl.circuito.mesas;

/** The child's sex as the presenting program chooses to tell the Mesa (optional). */
public enum CaseSex {
    FEMALE, MALE, OTHER
}

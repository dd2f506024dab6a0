package cl.circuito.mesas;

/** What a member of a Mesa is. */
public enum MemberKind {
    /** A program of the network (OPD, EDT, PIE, PDC…): its users take part in the Mesa in Circuito. */
    PROGRAM,
    /** An institution as a whole (a municipality, a foundation): the users of its programs take part. */
    INSTITUTION,
    /** A sector (health, education, Carabineros, SENDA, the family court…), by its local name. */
    SECTOR,
    /** The Gestor/a Territorial, who co-leads where the OPD is not yet in the circuit. */
    TERRITORIAL_MANAGER
}

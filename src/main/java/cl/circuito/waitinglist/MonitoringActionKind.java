package cl.circuito.waitinglist;

/**
 * The monitoring actions of I-SGC-01, in the source's order of precedence (they are not exclusive):
 * the in-person interview is mandatory when the program has a support professional.
 */
public enum MonitoringActionKind {
    /** Interview with the child and the responsible adult, in person. */
    IN_PERSON_INTERVIEW,
    /** Contact with the child and the adult by other means (telephone, video call…). */
    OTHER_CONTACT,
    /** Coordination with health, education or other networks of the case. */
    NETWORK_COORDINATION,
    OTHER
}

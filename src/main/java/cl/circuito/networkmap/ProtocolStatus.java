package cl.circuito.networkmap;

/** Where a protocol with another sector stands: a draft, in force, being reviewed, or expired. */
public enum ProtocolStatus {
    DRAFT,
    IN_FORCE,
    UNDER_REVIEW,
    EXPIRED
}

package cl.circuito.networkmap.map;

/** Where a protocol with another sector stands: a draft, in force, being reviewed, or expired. */
public enum ProtocolStatus {
    DRAFT,
    IN_FORCE,
    UNDER_REVIEW,
    EXPIRED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isExpired() {
        return this == EXPIRED;
    }

    public boolean isInForce() {
        return this == IN_FORCE;
    }

    public boolean isUnderReview() {
        return this == UNDER_REVIEW;
    }
}

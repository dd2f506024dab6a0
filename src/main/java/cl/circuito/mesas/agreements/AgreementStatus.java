package cl.circuito.mesas.agreements;

/** An agreement is carried to every session while open or in progress; closing it needs a note. */
public enum AgreementStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    /** Not possible because circumstances changed. */
    NOT_POSSIBLE,
    /** Not done by the responsible. */
    NOT_DONE,
    CANCELLED;

    public boolean isClosed() {
        return this != OPEN && this != IN_PROGRESS;
    }
}

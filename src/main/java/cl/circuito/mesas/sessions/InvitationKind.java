package cl.circuito.mesas.sessions;

/** What a convocation e-mail is: the first invitation, an update after a change, or a cancellation notice. */
public enum InvitationKind {
    INVITATION,
    UPDATE,
    CANCELLATION;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isCancellation() {
        return this == CANCELLATION;
    }

    public boolean isUpdate() {
        return this == UPDATE;
    }
}

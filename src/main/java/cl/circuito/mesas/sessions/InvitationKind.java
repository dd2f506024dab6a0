package cl.circuito.mesas.sessions;

/** What a convocation e-mail is: the first invitation, an update after a change, or a cancellation notice. */
public enum InvitationKind {
    INVITATION,
    UPDATE,
    CANCELLATION
}

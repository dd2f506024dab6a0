package cl.circuito.mesas.sessions;

import java.util.List;

/**
 * Delivers a session's convocation. By e-mail in production and tests ({@code circuito.mesas.invitations.delivery=mail}),
 * to the log in the local run, which has no SMTP server ({@code log}).
 */
interface InvitationDelivery {

    /** One e-mail per recipient (no one sees the others' addresses), with the calendar file attached. */
    void deliver(InvitationMail mail);

    record InvitationMail(List<String> to, String subject, String text, byte[] ics, String method) {
    }
}

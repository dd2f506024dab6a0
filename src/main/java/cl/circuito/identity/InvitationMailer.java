package cl.circuito.identity;

/**
 * Delivers the e-mail with a user's link to choose their password: by e-mail in production and tests
 * ({@code circuito.invitations.delivery=mail}), to the log in the local run, which has no SMTP server ({@code log}).
 */
interface InvitationMailer {

    void send(InvitationMail mail);

    record InvitationMail(String to, String subject, String text) {
    }
}

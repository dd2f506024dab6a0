package cl.circuito.alerts;

/**
 * Delivers a digest. By e-mail in production and tests ({@code circuito.digest.delivery=mail}, the
 * default); to the log in the local run ({@code log}), so the application works without an SMTP server.
 */
interface DigestSender {

    /** Throws when the digest could not be handed over; the caller records the failure. */
    void send(DigestMail mail);
}

package cl.circuito.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The local run has no SMTP server: the invitation (with its link, fictional users only) goes to the log. */
@Component
@ConditionalOnProperty(name = "circuito.invitations.delivery", havingValue = "log")
class LoggingInvitationMailer implements InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(LoggingInvitationMailer.class);

    @Override
    public void send(InvitationMail mail) {
        log.info("Invitation (not sent: circuito.invitations.delivery=log) to {}: {}\n{}", mail.to(), mail.subject(),
                mail.text());
    }
}

package cl.circuito.mesas.sessions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The local run has no SMTP server: the convocation is written to the log instead of sent. */
@Component
@ConditionalOnProperty(name = "circuito.mesas.invitations.delivery", havingValue = "log")
class LoggingInvitationDelivery implements InvitationDelivery {

    private static final Logger log = LoggerFactory.getLogger(LoggingInvitationDelivery.class);

    @Override
    public void deliver(InvitationMail mail) {
        log.info("Mesa convocation (not sent: circuito.mesas.invitations.delivery=log) to {}: {}\n{}", mail.to(),
                mail.subject(), mail.text());
    }
}

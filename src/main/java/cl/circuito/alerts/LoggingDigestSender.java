package cl.circuito.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local run's delivery: writes the digest to the log instead of sending it, so a developer sees
 * what would go out without an SMTP server. The digest holds no child data, so the log may too.
 */
@Component
@ConditionalOnProperty(name = "circuito.digest.delivery", havingValue = "log")
class LoggingDigestSender implements DigestSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingDigestSender.class);

    @Override
    public void send(DigestMail mail) {
        log.info("Daily digest (not sent: circuito.digest.delivery=log) to {}: {}\n{}", mail.to(), mail.subject(),
                mail.text());
    }
}

package cl.circuito.alerts;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** Sends the digest over SMTP ({@code spring.mail.*}) as text and HTML alternatives. */
@Component
@ConditionalOnProperty(name = "circuito.digest.delivery", havingValue = "mail", matchIfMissing = true)
class MailDigestSender implements DigestSender {

    private final JavaMailSender mailSender;
    private final String from;

    MailDigestSender(JavaMailSender mailSender,
                     @Value("${circuito.mail.from:Circuito <no-responder@circuito.local>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(DigestMail mail) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mailSender.send(message);
    }
}

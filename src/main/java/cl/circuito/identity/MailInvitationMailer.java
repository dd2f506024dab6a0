package cl.circuito.identity;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** Sends the invitation over SMTP ({@code spring.mail.*}) as plain text. */
@Component
@ConditionalOnProperty(name = "circuito.invitations.delivery", havingValue = "mail", matchIfMissing = true)
class MailInvitationMailer implements InvitationMailer {

    private final JavaMailSender mailSender;
    private final String from;

    MailInvitationMailer(JavaMailSender mailSender,
                         @Value("${circuito.mail.from:Circuito <no-responder@circuito.local>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(InvitationMail mail) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mailSender.send(message);
    }
}

package cl.circuito.mesas.sessions;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Sends the convocation over SMTP ({@code spring.mail.*}): the agenda as text, the session as an .ics file. */
@Component
@ConditionalOnProperty(name = "circuito.mesas.invitations.delivery", havingValue = "mail", matchIfMissing = true)
class MailInvitationDelivery implements InvitationDelivery {

    private final JavaMailSender mailSender;
    private final String from;

    MailInvitationDelivery(JavaMailSender mailSender,
                           @Value("${circuito.mail.from:Circuito <no-responder@circuito.local>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void deliver(InvitationMail mail) {
        List<MimeMessage> messages = new ArrayList<>();
        for (String to : mail.to()) {
            MimeMessage message = mailSender.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(to);
                helper.setSubject(mail.subject());
                helper.setText(mail.text(), false);
                helper.addAttachment(mail.method().equals("CANCEL") ? "suspension.ics" : "convocatoria.ics",
                        new ByteArrayDataSource(mail.ics(), "text/calendar; method=" + mail.method() + "; charset=UTF-8"));
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            }
            messages.add(message);
        }
        mailSender.send(messages.toArray(new MimeMessage[0]));
    }
}

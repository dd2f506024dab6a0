package cl.circuito.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Every test context sends its e-mail to an in-memory SMTP server (GreenMail) on a free port, so the
 * digest is really sent over SMTP in tests and parallel builds never fight over a port. A plain
 * {@code @Configuration} on purpose: the application's component scan picks it up in every
 * {@code @SpringBootTest} context (with or without {@link CircuitoTest}); Spring Boot's own mail sender
 * backs off because this one exists. Only in the test profile: the local run ({@code TestCircuitoApplication})
 * scans the test classes too, and writes its mail to the log instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}

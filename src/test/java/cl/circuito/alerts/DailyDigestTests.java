package cl.circuito.alerts;

import cl.circuito.children.Rut;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest really goes over SMTP, to GreenMail (see {@code TestMailServer}). */
@CircuitoTest
class DailyDigestTests {

    /** Entries received on 10-09-2026 are due 25-09-2026; on 30-09-2026 they are 3 business days overdue. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);

    @Autowired Fixtures fixtures;
    @Autowired DailyDigest digest;
    @Autowired UserAdministration users;
    @Autowired GreenMail greenMail;
    @Autowired JdbcClient jdbc;
    @Value("${circuito.base-url}") String baseUrl;

    UUID program;
    String programName;
    UUID court;
    Actor director;
    String email;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        programName = jdbc.sql("select name from program where id = ?").param(program).query(String.class).single();
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        email = director.username() + "@prueba.cl";
    }

    private void referral(String rut, String givenNames, String surname, String maternalSurname) {
        fixtures.referral(director, program, court).rut(rut).child(givenNames, surname, maternalSurname)
                .bornOn(LocalDate.of(2013, 5, 5)).receivedOn(RECEIVED).register();
    }

    /** A day no other test of this class uses, so the once-a-day guard of one test does not touch another. */
    private static LocalDate aDayWhenTheyAreOverdue(int offset) {
        return LocalDate.of(2026, 9, 30).plusWeeks(offset);
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        Address[] to = m.getAllRecipients();
                        return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Everything a reader could see: subject, sender and every text part, decoded. */
    private static String readable(MimeMessage message) throws Exception {
        StringBuilder text = new StringBuilder(message.getSubject()).append('\n')
                .append(Arrays.toString(message.getFrom())).append('\n');
        collect(message, text);
        return text.toString();
    }

    private static void collect(Part part, StringBuilder text) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            text.append(s).append('\n');
        } else if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text);
            }
        }
    }

    @Test
    void aDirectorWithOverdueDeadlinesGetsOneMailWithCountsAndTheLinkButNoChildData() throws Exception {
        String surname = "Reservada" + Fixtures.next();
        String rut = Fixtures.rut();
        referral(rut, "Zenobia", surname, "Confidencial");
        referral(null, "Ximena", "Privada" + Fixtures.next(), null);
        LocalDate day = aDayWhenTheyAreOverdue(0);

        digest.run(day);

        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        String mail = readable(mails.get(0));
        // Neither referral was recorded as entered in SENAINFO either (I-SGC-01): two more alerts.
        assertThat(mail).contains(programName + ": 2 plazos de admisibilidad vencidos, 2 pasos de SENAINFO pendientes",
                baseUrl + "/", baseUrl + "/account", "Circuito: resumen del " + "30-09-2026" + " (4 alertas)",
                "no-responder@circuito.local");
        String formattedRut = Rut.parse(rut).formatted();
        assertThat(mail.toLowerCase()).doesNotContain("zenobia", "ximena", surname.toLowerCase(), "confidencial",
                "privada", formattedRut.toLowerCase(), rut.toLowerCase(), formattedRut.replace(".", "").toLowerCase(),
                "/entries/");
        assertThat(mail).doesNotContainPattern("\\b" + rut.substring(0, rut.indexOf('-')) + "\\b");
    }

    @Test
    void theDigestGoesAtMostOnceADay() throws Exception {
        referral(null, "Úrsula", "Dos" + Fixtures.next(), null);
        LocalDate day = aDayWhenTheyAreOverdue(1);

        digest.run(day);
        digest.run(day);

        assertThat(mailsTo(email)).hasSize(1);
        assertThat(digestStatus(director, day)).isEqualTo("SENT");
    }

    @Test
    void noMailWhenTheUserTurnedTheDigestOff() throws Exception {
        referral(null, "Valentina", "Apagada" + Fixtures.next(), null);
        users.chooseEmailAlerts(director, false);

        digest.run(aDayWhenTheyAreOverdue(2));

        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void noMailWhenThereIsNothingToReport() throws Exception {
        digest.run(aDayWhenTheyAreOverdue(3));

        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void aFailureForOneUserIsRecordedAndTheOthersStillGetTheirsAndARetrySendsIt() throws Exception {
        referral(null, "Tamara", "Buena" + Fixtures.next(), null);
        UUID other = fixtures.program("PPF", "13101");
        Actor unreachable = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));
        fixtures.referral(unreachable, other, court).child("Sofía", "Rebote" + Fixtures.next())
                .bornOn(LocalDate.of(2013, 5, 5)).receivedOn(RECEIVED).register();
        jdbc.sql("update app_user set email = 'correo roto@@prueba' where id = ?").param(unreachable.userId()).update();
        LocalDate day = aDayWhenTheyAreOverdue(5);

        DailyDigest.Result result = digest.run(day);

        assertThat(result.failed()).isGreaterThanOrEqualTo(1);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(digestStatus(unreachable, day)).isEqualTo("FAILED");

        String fixed = unreachable.username() + "@prueba.cl";
        jdbc.sql("update app_user set email = ? where id = ?").params(fixed, unreachable.userId()).update();
        digest.run(day);

        assertThat(mailsTo(fixed)).hasSize(1);
        assertThat(digestStatus(unreachable, day)).isEqualTo("SENT");
        assertThat(mailsTo(email)).hasSize(1);
    }

    private String digestStatus(Actor actor, LocalDate day) {
        return jdbc.sql("select status from alert_digest where user_id = ? and sent_on = ?")
                .params(actor.userId(), day).query(String.class).single();
    }

    @Test
    void anAdministratorGetsNoDigest() throws Exception {
        Actor admin = fixtures.user(Role.ADMIN, Set.of());

        digest.run(aDayWhenTheyAreOverdue(4));

        assertThat(mailsTo(admin.username() + "@prueba.cl")).isEmpty();
    }
}

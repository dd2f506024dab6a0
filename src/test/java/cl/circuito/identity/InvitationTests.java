package cl.circuito.identity;

import cl.circuito.identity.UserAdministration.UserDetails;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cl.circuito.testing.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An invited user chooses a password through the e-mailed link, once, before it expires. */
@CircuitoTest
class InvitationTests {

    private static final Pattern LINK = Pattern.compile("(http\\S+/invitation/([A-Za-z0-9_-]+))");

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;
    @Autowired Fixtures fixtures;
    @Autowired GreenMail greenMail;
    @Autowired JdbcClient jdbc;

    @Test
    void theLinkSetsThePasswordOnceAndThenNoLonger() throws Exception {
        String email = "invitada-" + UUID.randomUUID().toString().substring(0, 8) + "@prueba.cl";
        User user = users.invite(ROOT, new UserDetails(null, "Inés Invitada", email, null, Role.NATIONAL_TEAM, null, Set.of()));
        assertThat(user.username()).isEqualTo(email);
        // Without a password, nobody logs in.
        mvc.perform(formLogin().user(email).password("")).andExpect(unauthenticated());

        String token = tokenMailedTo(email);
        assertThat(jdbc.sql("select count(*) from user_invitation where token_hash = ?").param(token)
                .query(Integer.class).single()).as("only the token's hash is stored").isZero();
        mvc.perform(get("/invitation/{token}", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inés Invitada")));
        mvc.perform(post("/invitation/{token}", token).with(csrf())
                        .param("newPassword", "corta").param("confirmPassword", "corta"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("al menos 10 caracteres")));
        mvc.perform(post("/invitation/{token}", token).with(csrf())
                        .param("newPassword", "una clave larga").param("confirmPassword", "otra clave larga"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("no coinciden")));
        mvc.perform(post("/invitation/{token}", token).with(csrf())
                        .param("newPassword", "una clave larga").param("confirmPassword", "una clave larga"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(email).password("una clave larga")).andExpect(authenticated());

        mvc.perform(get("/invitation/{token}", token)).andExpect(status().isGone())
                .andExpect(content().string(containsString("ya fue usado")));
        mvc.perform(post("/invitation/{token}", token).with(csrf())
                        .param("newPassword", "intento de otro").param("confirmPassword", "intento de otro"))
                .andExpect(content().string(containsString("ya fue usado")));
        mvc.perform(formLogin().user(email).password("intento de otro")).andExpect(unauthenticated());
    }

    @Test
    void anExpiredLinkSaysSoAndTheAdministratorSendsANewOneThatEndsTheOld() throws Exception {
        String email = "vencida-" + UUID.randomUUID().toString().substring(0, 8) + "@prueba.cl";
        User user = users.invite(ROOT, new UserDetails(null, "Vera Vencida", email, null, Role.NATIONAL_TEAM, null, Set.of()));
        String first = tokenMailedTo(email);
        jdbc.sql("update user_invitation set expires_at = now() - interval '1 minute' where user_id = ?")
                .param(user.id()).update();
        mvc.perform(get("/invitation/{token}", first)).andExpect(status().isGone())
                .andExpect(content().string(containsString("Este enlace venció")));

        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        mvc.perform(post("/admin/users/{id}/invitation", user.id()).with(csrf()).with(fixtures.as(admin)))
                .andExpect(redirectedUrl("/admin/users"));
        String second = tokenMailedTo(email);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/invitation/{token}", second)).andExpect(status().isOk());
        mvc.perform(get("/invitation/{token}", "no-es-un-enlace")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no es válido")));

        // The national team may not send these: it is the administration's.
        Actor national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        mvc.perform(post("/admin/users/{id}/invitation", user.id()).with(csrf()).with(fixtures.as(national)))
                .andExpect(status().isForbidden());
    }

    /** The token of the last link e-mailed to this address. */
    private String tokenMailedTo(String address) throws Exception {
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mails).isNotEmpty();
        MimeMessage last = mails.get(mails.size() - 1);
        assertThat(last.getSubject()).isEqualTo("Circuito: elija su contraseña");
        Matcher link = LINK.matcher(String.valueOf(last.getContent()));
        assertThat(link.find()).isTrue();
        return link.group(2);
    }
}

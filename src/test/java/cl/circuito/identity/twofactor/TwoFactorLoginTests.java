package cl.circuito.identity.twofactor;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-factor authentication end to end on the pages: enrolment with a code computed as an authenticator app does
 * (the TOTP library), the login's code step (nothing answers before it), recovery codes used once, wrong codes
 * throttled like wrong passwords, and the roles that must enrol held on the enrolment page.
 */
@CircuitoTest
class TwoFactorLoginTests {

    private static final Pattern RECOVERY = Pattern.compile("<li>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</li>");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TwoFactor twoFactor;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void enrolmentThenLoginAsksForTheCodeAndNothingAnswersBeforeIt() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        String secret = enrolled(director);

        Cookie pending = passwordStep(director.username(), "/login/code");
        // The right password alone opens nothing: no page, no API.
        mvc.perform(get("/").cookie(pending)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(pending)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").cookie(pending)).andExpect(status().isUnauthorized());
        mvc.perform(get("/login/code").cookie(pending)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Código de verificación")));

        mvc.perform(post("/login/code").param("code", "000000").cookie(pending).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El código no es correcto")));

        MvcResult done = mvc.perform(post("/login/code").param("code", code(secret, 1)).cookie(pending).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = next(done, pending);
        assertThat(session.getValue()).isNotEqualTo(pending.getValue()); // a new session id once logged in
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aRecoveryCodeLogsInOnceOnly() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        List<String> recovery = new ArrayList<>();
        enrolled(director, recovery);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        Cookie first = passwordStep(director.username(), "/login/code");
        mvc.perform(post("/login/code").param("code", recovery.get(0)).cookie(first).with(csrf()))
                .andExpect(redirectedUrl("/"));

        Cookie second = passwordStep(director.username(), "/login/code");
        mvc.perform(post("/login/code").param("code", recovery.get(0)).cookie(second).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/login/code").param("code", recovery.get(1).toUpperCase()).cookie(second).with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(twoFactor.status(director.userId()).recoveryCodesLeft()).isEqualTo(8);
        // Only hashes are kept.
        assertThat(jdbc.sql("select code_hash from app_user_recovery_code where user_id = ?").param(director.userId())
                .query(String.class).list()).doesNotContainAnyElementsOf(recovery);
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        String secret = enrolled(director);
        Cookie pending = passwordStep(director.username(), "/login/code");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/code").param("code", "12345" + i).cookie(pending).with(csrf()))
                    .andExpect(status().isUnprocessableContent());
        }
        // The fifth locks the account: back to the login page, with its one message.
        mvc.perform(post("/login/code").param("code", "123459").cookie(pending).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login/code").param("code", code(secret, 1)).cookie(pending).with(csrf()))
                .andExpect(redirectedUrl("/login"));
        // And the right password no longer reaches the code step while the lock holds.
        passwordStep(director.username(), "/login?error");
    }

    @Test
    void aRoleThatRequiresTwoFactorIsHeldOnTheEnrolmentPageUntilItEnrols() throws Exception {
        Actor national = fixtures.user("Nacional " + Fixtures.unique("n"), Role.NATIONAL_TEAM, (String) null);
        Cookie session = passwordStep(national.username(), "/account/two-factor");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Su rol exige la verificación en dos pasos")))
                .andExpect(content().string(containsString("data:image/png;base64,")));

        String secret = twoFactor.setup(national.userId(), national.username()).secret().replace(" ", "");
        mvc.perform(post("/account/two-factor/confirm").param("code", code(secret, 0)).cookie(session).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        // Its role may not turn it off.
        mvc.perform(post("/account/two-factor/disable").param("code", code(secret, 1)).cookie(session).with(csrf()))
                .andExpect(content().string(containsString("no puede desactivarla")));
        assertThat(twoFactor.enabled(national.userId())).isTrue();
    }

    @Test
    void anOptionalEnrolmentIsTurnedOffWithACode() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        String secret = enrolled(director);
        mvc.perform(post("/account/two-factor/disable").param("code", "999999").with(fixtures.as(director)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/two-factor/disable").param("code", code(secret, 1)).with(fixtures.as(director))
                .with(csrf())).andExpect(redirectedUrl("/account/two-factor"));
        assertThat(twoFactor.enabled(director.userId())).isFalse();
        passwordStep(director.username(), "/");
    }

    private String enrolled(Actor actor) throws Exception {
        return enrolled(actor, new ArrayList<>());
    }

    /** Enrols through the page, as a user with an authenticator app would; the secret, and the recovery codes shown. */
    private String enrolled(Actor actor, List<String> recoveryCodes) throws Exception {
        String page = mvc.perform(get("/account/two-factor").with(fixtures.as(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("font-monospace fs-5 text-break\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(shown.find()).as("the secret is shown to type by hand").isTrue();
        String secret = shown.group(1).replace(" ", "");
        assertThat(jdbc.sql("select secret from app_user_totp where user_id = ?").param(actor.userId())
                .query(String.class).single().replace(" ", "")).isEqualTo(secret); // no key configured in tests

        mvc.perform(post("/account/two-factor/confirm").param("code", "111111").with(fixtures.as(actor)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        String codes = mvc.perform(post("/account/two-factor/confirm").param("code", code(secret, 0))
                        .with(fixtures.as(actor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher each = RECOVERY.matcher(codes);
        while (each.find()) {
            recoveryCodes.add(each.group(1));
        }
        assertThat(twoFactor.enabled(actor.userId())).isTrue();
        return secret;
    }

    private Cookie passwordStep(String username, String expectedTarget) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl(expectedTarget)).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    private static Cookie next(MvcResult result, Cookie current) {
        Cookie renewed = result.getResponse().getCookie("SESSION");
        return renewed != null ? renewed : current;
    }

    /** The code an authenticator app shows, {@code offset} 30-second steps from now. */
    private String code(String secret, int offset) throws Exception {
        long step = Math.floorDiv(clock.instant().getEpochSecond(), 30) + offset;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }
}

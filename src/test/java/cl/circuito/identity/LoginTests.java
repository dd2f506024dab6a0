package cl.circuito.identity;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@CircuitoTest
class LoginTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Actor user = fixtures.user(Role.READ_ONLY, Set.of(fixtures.program("PRM", "13101")));

        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(user.userId())
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Fixtures.PASSWORD);
    }

    @Test
    void aRightPasswordLogsInAndLandsOnTheDayPage() throws Exception {
        Actor user = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));

        mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        Actor user = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user.username()).password("equivocada"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        // Sessions live in the database (Spring Session): follow the session cookie, as a browser would.
        Cookie session = mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/login").param("error", "").cookie(session))
                .andExpect(content().string(containsString("bloqueada temporalmente")));
    }
}

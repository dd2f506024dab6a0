package cl.circuito.identity;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login tells nothing about which accounts exist or how they stand: an unknown user, a wrong password, a
 * locked and a disabled account get the same answer; and a locked or disabled account's API tokens stop working.
 */
@CircuitoTest
class SignInSecrecyTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;

    @Test
    void unknownUserWrongPasswordLockedAndDisabledAccountsGetTheSameAnswer() throws Exception {
        Actor wrong = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        Actor locked = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        Actor disabled = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        jdbc.sql("update app_user set locked_until = now() + interval '1 hour' where id = ?").param(locked.userId())
                .update();
        jdbc.sql("update app_user set enabled = false where id = ?").param(disabled.userId()).update();

        List<String> pages = new ArrayList<>();
        pages.add(answer(Fixtures.unique("nadie").toLowerCase(), Fixtures.PASSWORD));
        pages.add(answer(wrong.username(), "equivocada"));
        pages.add(answer(locked.username(), Fixtures.PASSWORD)); // the lock holds with the right password
        pages.add(answer(disabled.username(), Fixtures.PASSWORD));

        assertThat(pages.get(0)).contains("No fue posible ingresar");
        assertThat(pages).allMatch(page -> page.equals(pages.get(0)));
    }

    @Test
    void aLockedOrDisabledAccountsTokensAreRefusedLikeAnUnknownOne() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        String token = tokens.create(director, "integración").secret();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        String unknown = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ctk_desconocido"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();

        jdbc.sql("update app_user set locked_until = now() + interval '1 hour' where id = ?").param(director.userId())
                .update();
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString()).isEqualTo(unknown);

        jdbc.sql("update app_user set locked_until = null, enabled = false where id = ?").param(director.userId())
                .update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

        jdbc.sql("update app_user set enabled = true where id = ?").param(director.userId()).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    /** The login's answer, followed to the page a browser shows, without the per-session CSRF token. */
    private String answer(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn().getResponse();
        Cookie session = response.getCookie("SESSION");
        MockHttpServletResponse page = mvc.perform(get("/login").param("error", "").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse();
        return page.getStatus() + page.getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "");
    }
}

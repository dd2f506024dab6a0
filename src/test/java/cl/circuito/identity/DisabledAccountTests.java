package cl.circuito.identity;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account disabled (or deleted) by the administrator while its user is logged in ends her session at her
 * next request, with the reason on the login page — never an error page in the middle of her work.
 */
@CircuitoTest
class DisabledAccountTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aUserDisabledWhileLoggedInIsSignedOutWithTheReason() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "16101")));
        var loggedIn = fixtures.as(director);
        mvc.perform(get("/").with(loggedIn)).andExpect(status().isOk());

        jdbc.sql("update app_user set enabled = false where id = ?").param(director.userId()).update();

        mvc.perform(get("/").with(loggedIn)).andExpect(redirectedUrl("/login?disabled"));
        mvc.perform(get("/alerts").with(loggedIn).header("HX-Request", "true"))
                .andExpect(status().isNoContent()).andExpect(header().string("HX-Redirect", "/login?disabled"));
        mvc.perform(get("/login?disabled")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("la cuenta fue desactivada")));
    }

    @Test
    void aUserDeletedWhileLoggedInIsSignedOutToo() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "16101")));
        var loggedIn = fixtures.as(director);

        jdbc.sql("delete from app_user_program where user_id = ?").param(director.userId()).update();
        jdbc.sql("delete from app_user where id = ?").param(director.userId()).update();

        mvc.perform(get("/").with(loggedIn)).andExpect(redirectedUrl("/login?disabled"));
    }
}

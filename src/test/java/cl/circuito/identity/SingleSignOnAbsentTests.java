package cl.circuito.identity;

import cl.circuito.testing.CircuitoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A deployment without an OpenID Connect provider logs in with passwords only, exactly as before single sign-on. */
@CircuitoTest
class SingleSignOnAbsentTests {

    @Autowired MockMvc mvc;

    @Test
    void theLoginPageHasNoProviderButtonAndTheOauthAddressesLeadToTheLoginOnly() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(not(containsString("Ingresar con"))))
                .andExpect(content().string(not(containsString("oauth2"))));
        mvc.perform(get("/oauth2/authorization/google")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/oauth2/code/google").param("code", "x").param("state", "y"))
                .andExpect(redirectedUrl("/login"));
    }
}

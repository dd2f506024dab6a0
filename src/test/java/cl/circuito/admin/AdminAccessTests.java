package cl.circuito.admin;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class AdminAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/institutions", "/admin/programs/new", "/admin/referrers",
            "/admin/users", "/admin/users/new"})
    void nonAdministratorIsForbiddenOnAdminPages(String page) throws Exception {
        var nationalTeam = fixtures.user(Role.NATIONAL_TEAM, Set.of());

        mvc.perform(get(page).with(fixtures.as(nationalTeam)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("No tiene permiso")));
    }

    @Test
    void nonAdministratorCannotCreateAnInstitution() throws Exception {
        var territorial = fixtures.user(Role.TERRITORIAL_MANAGER, "05", Set.of());

        mvc.perform(post("/admin/institutions").with(fixtures.as(territorial)).with(csrf())
                        .param("name", Fixtures.unique("Fundación Intrusa")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/admin/users"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void administratorSeesTheIndex() throws Exception {
        var administrator = fixtures.user(Role.ADMIN, Set.of());

        mvc.perform(get("/admin").with(fixtures.as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organismos derivadores")));
    }
}

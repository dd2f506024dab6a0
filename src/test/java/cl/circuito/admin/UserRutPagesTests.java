package cl.circuito.admin;

import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.Set;

import static cl.circuito.testing.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator gives a user her RUT, by which single sign-on through ClaveÚnica recognises her. */
@CircuitoTest
class UserRutPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired UserAdministration users;

    @Test
    void theAdministratorGivesAUserHerRutWrittenAnyUsualWayAndSeesItOnTheForm() throws Exception {
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        User user = fixtures.stored(fixtures.user(Role.NATIONAL_TEAM, Set.of()));
        String rut = Fixtures.rut();

        save(admin, user, formatted(rut))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(users.get(ROOT, user.id()).rut()).isEqualTo(rut);
        mvc.perform(get("/admin/users/{id}/edit", user.id()).with(fixtures.as(admin)))
                .andExpect(content().string(containsString("value=\"" + rut + "\"")));
        save(admin, user, " ").andExpect(redirectedUrl("/admin/users"));
        assertThat(users.get(ROOT, user.id()).rut()).isNull();
    }

    @Test
    void aWrongCheckDigitOrAnotherUsersRutIsRefusedOnTheField() throws Exception {
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        User user = fixtures.stored(fixtures.user(Role.NATIONAL_TEAM, Set.of()));
        User other = fixtures.stored(fixtures.user(Role.NATIONAL_TEAM, Set.of()));
        String rut = Fixtures.rut();
        save(admin, other, rut).andExpect(redirectedUrl("/admin/users"));

        char wrong = rut.endsWith("1") ? '2' : '1';
        save(admin, user, rut.substring(0, rut.length() - 1) + wrong)
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "rut", "error.user.rutInvalid"))
                .andExpect(content().string(containsString("El RUT no es válido")));
        save(admin, user, rut)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ya existe un usuario con ese RUT.")));
        assertThat(users.get(ROOT, user.id()).rut()).isNull();
    }

    private ResultActions save(Actor admin, User user, String rut) throws Exception {
        return mvc.perform(post("/admin/users/{id}", user.id()).with(fixtures.as(admin)).with(csrf())
                .param("fullName", user.fullName()).param("email", user.email())
                .param("role", user.role().name()).param("enabled", "true").param("rut", rut));
    }

    /** "50000123-4" as people type it: "50.000.123-4". */
    private static String formatted(String rut) {
        String[] parts = rut.split("-");
        return String.format("%,d", Integer.parseInt(parts[0])).replace(',', '.') + "-" + parts[1];
    }
}

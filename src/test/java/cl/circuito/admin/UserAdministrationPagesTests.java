package cl.circuito.admin;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;

import static cl.circuito.testing.Fixtures.ROOT;
import static cl.circuito.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@CircuitoTest
class UserAdministrationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    NetworkAdministration network;
    @Autowired
    Fixtures fixtures;

    Actor administrator;
    RequestPostProcessor admin;

    @BeforeEach
    void logInAsAdministrator() {
        administrator = fixtures.user(Role.ADMIN, Set.of());
        admin = fixtures.as(administrator);
    }

    @Test
    void adminCreatesAProgramProfessionalWhoCanThenLogIn() throws Exception {
        ProgramSummary program = aProgram();
        String username = unique("cmunoz");

        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", username).param("fullName", "Carla Muñoz")
                        .param("email", "cmunoz@example.cl").param("position", "Trabajadora social")
                        .param("role", "PROGRAM_PROFESSIONAL").param("programIds", program.id().toString())
                        .param("password", "una-clave-larga"))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/admin/users").with(admin).param("q", username))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Carla Muñoz"), containsString(username),
                        containsString("Profesional del programa"), containsString(program.label()),
                        containsString("Nunca"))));
        mvc.perform(formLogin().user(username).password("una-clave-larga")).andExpect(authenticated());
    }

    @Test
    void newUserFormKeepsWhatWasTypedAndExplainsWhatIsMissing() throws Exception {
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", "con espacios").param("fullName", "Pedro Soto")
                        .param("email", "no-es-correo").param("role", "TERRITORIAL_MANAGER")
                        .param("password", "corta"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/user-form"))
                .andExpect(content().string(allOf(
                        containsString("El campo «Correo electrónico» debe ser un correo electrónico válido."),
                        containsString("El campo «Usuario» solo admite letras sin tilde"),
                        containsString("value=\"Pedro Soto\""),
                        containsString("value=\"no-es-correo\""),
                        not(containsString("value=\"corta\"")))));
    }

    @Test
    void territorialManagerNeedsARegionAndShortPasswordsAreRefused() throws Exception {
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", unique("psoto")).param("fullName", "Pedro Soto")
                        .param("email", "psoto@example.cl").param("role", "TERRITORIAL_MANAGER")
                        .param("password", "una-clave-larga"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "regionCode", "error.user.regionRequired"))
                .andExpect(content().string(containsString("Un(a) gestor(a) territorial debe tener una región.")));

        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("username", unique("psoto")).param("fullName", "Pedro Soto")
                        .param("email", "psoto@example.cl").param("role", "TERRITORIAL_MANAGER")
                        .param("regionCode", "05").param("password", "corta"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La contraseña debe tener al menos 10 caracteres.")));
    }

    @Test
    void adminChangesRoleAndScopeAndDisablesAUser() throws Exception {
        ProgramSummary program = aProgram();
        User user = fixtures.stored(fixtures.user(Role.READ_ONLY, Set.of(program.id())));

        mvc.perform(get("/admin/users/{id}/edit", user.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(user.username())));
        mvc.perform(post("/admin/users/{id}", user.id()).with(admin).with(csrf())
                        .param("fullName", user.fullName()).param("email", user.email())
                        .param("role", "TERRITORIAL_MANAGER").param("regionCode", "13")
                        .param("programIds", program.id().toString())
                        .param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users"));

        User changed = users.get(ROOT, user.id());
        assertThat(changed.role()).isEqualTo(Role.TERRITORIAL_MANAGER);
        assertThat(changed.regionCode()).isEqualTo("13");
        assertThat(changed.programIds()).isEmpty();
        assertThat(changed.enabled()).isFalse();
        mvc.perform(get("/admin/users").with(admin).param("q", user.username()))
                .andExpect(content().string(allOf(containsString("Región: Metropolitana de Santiago"),
                        containsString("Deshabilitada"))));
    }

    @Test
    void adminCannotTakeAwayTheirOwnAdministration() throws Exception {
        User self = fixtures.stored(administrator);
        mvc.perform(post("/admin/users/{id}", self.id()).with(admin).with(csrf())
                        .param("fullName", self.fullName()).param("email", self.email())
                        .param("role", "NATIONAL_TEAM").param("enabled", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "role", "error.user.cannotDemoteSelf"));
        assertThat(users.get(ROOT, self.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void adminResetsAPasswordAndTheUserLogsInWithTheNewOne() throws Exception {
        Actor user = fixtures.user(Role.NATIONAL_TEAM, Set.of());

        mvc.perform(post("/admin/users/{id}/password", user.userId()).with(admin).with(csrf()).param("password", "corta"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La contraseña debe tener al menos 10 caracteres.")));
        mvc.perform(post("/admin/users/{id}/password", user.userId()).with(admin).with(csrf())
                        .param("password", "otra-clave-larga"))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(formLogin().user(user.username()).password("otra-clave-larga")).andExpect(authenticated());
    }

    private ProgramSummary aProgram() {
        var institution = network.createInstitution(ROOT,
                new InstitutionData(unique("Fundación Usuarios"), null, null, null, null));
        return network.createProgram(ROOT, institution.id(),
                new ProgramData("PRM", unique("PRM Viña"), null, "05109", null, null, null, 50, true, true));
    }
}

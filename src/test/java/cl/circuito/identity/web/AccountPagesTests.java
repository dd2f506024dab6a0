package cl.circuito.identity.web;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class AccountPagesTests {

    private static final Pattern SECRET = Pattern.compile("ctk_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    Fixtures fixtures;

    Actor user;
    RequestPostProcessor loggedIn;

    @BeforeEach
    void logIn() {
        user = fixtures.user(Role.TERRITORIAL_MANAGER, "08", Set.of());
        loggedIn = fixtures.as(user);
    }

    @Test
    void accountPageShowsWhoIAmMyRoleAndWhereIWork() throws Exception {
        mvc.perform(get("/account").with(loggedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(user.displayName()), containsString(user.username()),
                        containsString("Gestor(a) territorial"), containsString("Región: Biobío"),
                        containsString("No tiene tokens."))));
    }

    @Test
    void apiTokenIsShownOnceAuthenticatesTheApiAndStopsWorkingWhenRevoked() throws Exception {
        String page = mvc.perform(post("/account/tokens").with(loggedIn).with(csrf()).param("tokenName", "Planilla de reportes"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(content().string(containsString("no se volverá a mostrar")))
                .andReturn().getResponse().getContentAsString();
        Matcher found = SECRET.matcher(page);
        assertThat(found.find()).isTrue();
        String secret = found.group();

        mvc.perform(get("/account").with(loggedIn))
                .andExpect(content().string(allOf(containsString("Planilla de reportes"), not(containsString(secret)),
                        containsString(secret.substring(0, 10)))));

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.username()))
                .andExpect(jsonPath("$.fullName").value(user.displayName()))
                .andExpect(jsonPath("$.role").value("TERRITORIAL_MANAGER"));

        UUID tokenId = tokens.of(user).get(0).id();
        mvc.perform(get("/account/tokens/{id}/revoke", tokenId).with(loggedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Revocar el token «Planilla de reportes»?")));
        mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(loggedIn).with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("success", "El token fue revocado."));

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiRefusesRequestsWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void apiDocumentationDescribesTheEndpointInSpanish() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.summary").value("Dueño del token"))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.responses['401'].description",
                        containsString("token personal")));
    }

    @Test
    void tokenNeedsAName() throws Exception {
        mvc.perform(post("/account/tokens").with(loggedIn).with(csrf()).param("tokenName", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El campo «Nombre del token» es obligatorio.")));
        assertThat(tokens.of(user)).isEmpty();
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        Actor other = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        UUID othersToken = tokens.create(other, "Ajeno").id();

        mvc.perform(post("/account/tokens/{id}/revoke", othersToken).with(loggedIn).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.of(other).get(0).revokedAt()).isNull();
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndTheSameNewOneTwice() throws Exception {
        mvc.perform(post("/account/password").with(loggedIn).with(csrf())
                        .param("currentPassword", "no-es-la-clave").param("newPassword", "nueva-clave-larga")
                        .param("confirmPassword", "nueva-clave-larga"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La contraseña actual no es correcta.")));
        mvc.perform(post("/account/password").with(loggedIn).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "nueva-clave-larga")
                        .param("confirmPassword", "otra-clave-larga"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Las dos contraseñas nuevas no coinciden.")));
        mvc.perform(post("/account/password").with(loggedIn).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "corta")
                        .param("confirmPassword", "corta"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La contraseña debe tener al menos 10 caracteres.")));

        mvc.perform(post("/account/password").with(loggedIn).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "nueva-clave-larga")
                        .param("confirmPassword", "nueva-clave-larga"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("success", "Su contraseña fue cambiada."));
        mvc.perform(formLogin().user(user.username()).password("nueva-clave-larga")).andExpect(authenticated());
    }

    @Test
    void userTurnsEmailAlertsOffAndOnAgain() throws Exception {
        // An unticked box sends only its marker, which means "no".
        mvc.perform(post("/account/alerts").with(loggedIn).with(csrf()).param("_dailyDigest", "on"))
                .andExpect(redirectedUrl("/account"));
        assertThat(users.account(user).emailAlerts()).isFalse();

        mvc.perform(post("/account/alerts").with(loggedIn).with(csrf()).param("dailyDigest", "true")
                        .param("_dailyDigest", "on"))
                .andExpect(redirectedUrl("/account"));
        assertThat(users.account(user).emailAlerts()).isTrue();

        // Neither the box nor its marker: refused, as the API refuses a body without the choice.
        mvc.perform(post("/account/alerts").with(loggedIn).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recibir el resumen diario por correo")))
                .andExpect(model().attributeHasFieldErrors("notificationPreferences", "dailyDigest"));
        assertThat(users.account(user).emailAlerts()).isTrue();
    }
}

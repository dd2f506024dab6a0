package cl.circuito.alerts.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.SenainfoSteps;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class AlertPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired UserAdministration users;
    @Autowired ApiTokenManagement tokens;
    @Autowired Clock clock;
    @Autowired SenainfoSteps senainfo;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    /** A referral already entered in SENAINFO (I-SGC-01), so that its deadline is its only alert. */
    private WaitingListEntry registered(String surname, LocalDate receivedOn) {
        WaitingListEntry entry = fixtures.referral(director, program, court).child("Rocío", surname)
                .bornOn(LocalDate.of(2014, 2, 2)).receivedOn(receivedOn).register();
        return senainfo.record(director, entry.id(), entry.version(), SenainfoSteps.Step.ENTERED, receivedOn);
    }

    @Test
    void theDayPageStartsWithTheAlertsInSpanishLinkingToTheEntryAndTheBadgeCountsThem() throws Exception {
        String surname = "Atrasada" + Fixtures.next();
        WaitingListEntry overdue = registered(surname, LocalDate.now(clock).minusDays(40));

        String page = mvc.perform(get("/").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lo que necesita su atención hoy"),
                        containsString("Urgente"), containsString("Decisiones de admisibilidad vencidas (1)"),
                        containsString("href=\"/entries/" + overdue.id() + "\""),
                        containsString("Rocío " + surname + " — decidir admisibilidad: vencido hace"),
                        containsString("alert-item-danger"), containsString("1 alerta urgente o por atender"))))
                .andReturn().getResponse().getContentAsString();
        // The alerts come before the program cards: what needs the user first.
        assertThat(page.indexOf("Lo que necesita su atención hoy")).isLessThan(page.indexOf("Sus programas"));
    }

    @Test
    void theDayPageSaysSoWhenNothingNeedsAttention() throws Exception {
        mvc.perform(get("/").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No hay alertas"),
                        not(containsString("alert-item-danger")))));
    }

    @Test
    void theAlertsPageListsAllAlertsAndFiltersByKind() throws Exception {
        String surname = "Lista" + Fixtures.next();
        registered(surname, LocalDate.now(clock).minusDays(40));

        mvc.perform(get("/alerts").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1 class=\"h3 mb-1\">Alertas</h1>"),
                        containsString("Rocío " + surname), containsString("1 alerta"))));
        mvc.perform(get("/alerts").param("kind", "DEADLINE_SOON").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Rocío " + surname)),
                        containsString("Ver todas las alertas"))));
    }

    @Test
    void anAdministratorHasNoAlerts() throws Exception {
        Actor admin = fixtures.user(Role.ADMIN, Set.of());

        mvc.perform(get("/alerts").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no tiene alertas")));
    }

    @Test
    void theAccountPageTurnsTheDailyDigestOffAndOn() throws Exception {
        mvc.perform(get("/account").with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Recibir resumen diario por correo"),
                        containsString("checked"))));

        mvc.perform(post("/account/alerts").with(csrf()).with(fixtures.as(director)).param("_dailyDigest", "on"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("success", "Ya no recibirá el resumen diario por correo."));
        assertThat(users.account(director).emailAlerts()).isFalse();
        mvc.perform(get("/account").with(fixtures.as(director)))
                .andExpect(content().string(not(containsString("checked"))));

        mvc.perform(post("/account/alerts").with(csrf()).with(fixtures.as(director)).param("dailyDigest", "true")
                        .param("_dailyDigest", "on"))
                .andExpect(flash().attribute("success", "Recibirá el resumen diario por correo."));
        assertThat(users.account(director).emailAlerts()).isTrue();
    }

    @Test
    void theApiReadsAndChangesTheDigestPreference() throws Exception {
        String bearer = "Bearer " + tokens.create(director, "preferencias").secret();

        mvc.perform(get("/api/v1/me/notification-preferences").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dailyDigest").value(true));
        mvc.perform(put("/api/v1/me/notification-preferences").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dailyDigest\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dailyDigest").value(false));
        assertThat(users.account(director).emailAlerts()).isFalse();
        mvc.perform(get("/api/v1/me/notification-preferences").header("Authorization", bearer))
                .andExpect(jsonPath("$.dailyDigest").value(false));

        mvc.perform(put("/api/v1/me/notification-preferences").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dailyDigest"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("obligatorio")));
        mvc.perform(put("/api/v1/me/notification-preferences").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dailyDigest\": \"quizás\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dailyDigest"));
        mvc.perform(get("/api/v1/me/notification-preferences"))
                .andExpect(status().isUnauthorized());
    }
}

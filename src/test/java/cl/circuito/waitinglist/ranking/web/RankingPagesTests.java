package cl.circuito.waitinglist.ranking.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import cl.circuito.waitinglist.ranking.RankingPlacements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@CircuitoTest
class RankingPagesTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 4, 6);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired RankingPlacements placements;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;
    WaitingListEntry first;
    WaitingListEntry second;
    WaitingListEntry third;
    WaitingListEntry fourth;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        first = waiting("Antonia", "Primera", RECEIVED, 1, 12, false);
        second = waiting("Benjamín", "Segundo", RECEIVED, 1, 10, false);
        third = waiting("Catalina", "Tercera", RECEIVED, 1, 7, true);
        fourth = waiting("Damián", "Cuarto", RECEIVED, 2, 14, false);
    }

    private WaitingListEntry waiting(String givenNames, String surname, LocalDate receivedOn, int priority, int score,
                                     boolean overridden) {
        ReferralBuilder referral = fixtures.referral(director, program, court)
                .child(givenNames, surname + Fixtures.next()).bornOn(LocalDate.of(2016, 1, 1)).receivedOn(receivedOn)
                .waiting().priority(priority, score);
        return (overridden ? referral.overridden() : referral).register();
    }

    @Test
    void theRankingPageExplainsWhyTheThirdChildIsThird() throws Exception {
        mvc.perform(get("/programs/{id}/ranking", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(view().name("waitinglist/ranking/ranking"))
                .andExpect(content().string(allOf(
                        containsString("Prelación"),
                        containsString("4 NNA en espera"),
                        containsString("Prioridad 1 con 7 puntos: después de B. S. (prioridad 1, 10 puntos), que tiene mayor puntaje."),
                        containsString("Prioridad 2 con 14 puntos: después de C. T. (prioridad 1, 7 puntos), que tiene prioridad más alta."),
                        containsString("modificada"),
                        containsString(">P1<"),
                        containsString(">P2<"),
                        containsString("Mover"),
                        containsString("/entries/" + third.id()))));
    }

    @Test
    void aReaderSeesTheRankingWithoutTheMoveForms() throws Exception {
        Actor reader = fixtures.user(Role.READ_ONLY, Set.of(program));

        mvc.perform(get("/programs/{id}/ranking", program).with(fixtures.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("primero en la prelación"),
                        not(containsString("ranking-placement")))));
        mvc.perform(post("/entries/{id}/ranking-placement", third.id()).with(csrf()).with(fixtures.as(reader))
                        .param("version", shown(third.id()))
                        .param("position", "1").param("reason", "Motivo").param("programId", program.toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMoveWithErrorsComesBackWithTheErrorNextToTheFieldAndWhatWasTyped() throws Exception {
        mvc.perform(post("/entries/{id}/ranking-placement", third.id()).with(csrf()).with(fixtures.as(director))
                        .param("position", "0").param("reason", "Acuerdo del equipo técnico")
                        .param("version", String.valueOf(third.version())).param("programId", program.toString())
                        .param("page", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("id=\"position-" + third.id() + "-error\""),
                        containsString("El lugar debe ser 1 o mayor."),
                        containsString("Acuerdo del equipo técnico"),
                        containsString("is-invalid"))));
        mvc.perform(post("/entries/{id}/ranking-placement", third.id()).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(third.id()))
                        .param("position", "1").param("reason", " ").param("programId", program.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("id=\"move-reason-" + third.id() + "-error\""),
                        containsString("El campo «Motivo del cambio» es obligatorio."))));
        mvc.perform(post("/entries/{id}/ranking-placement", third.id()).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(third.id()))
                        .param("position", "tres").param("reason", "Motivo").param("programId", program.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("value=\"tres\""),
                        containsString("El campo «Nuevo lugar» debe ser un número entero."))));
        mvc.perform(post("/entries/{id}/ranking-placement", third.id()).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(third.id()))
                        .param("position", "9").param("reason", "Motivo").param("programId", program.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La prelación tiene 4 NNA: indique un lugar entre 1 y 4.")));
    }

    @Test
    void aMoveRedirectsToTheRankingWhereTheChildShowsItsManualPlaceAndItCanBeRemoved() throws Exception {
        mvc.perform(post("/entries/{id}/ranking-placement", fourth.id()).with(csrf()).with(fixtures.as(director))
                        .param("position", "1").param("reason", "Hermana ya atendida en el programa")
                        .param("version", String.valueOf(fourth.version())).param("programId", program.toString())
                        .param("page", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programs/" + program + "/ranking?page=0"))
                .andExpect(flash().attribute("success", containsString("lugar 1")));

        mvc.perform(get("/programs/{id}/ranking", program).with(fixtures.as(director)))
                .andExpect(content().string(allOf(
                        containsString("Ubicado manualmente en el lugar 1 por " + director.displayName()
                                + ": Hermana ya atendida en el programa"),
                        containsString("Quitar ubicación manual"))));
        mvc.perform(get("/entries/{id}", fourth.id()).with(fixtures.as(director)))
                .andExpect(content().string(allOf(containsString("Lugar 1 de 4 en la prelación"),
                        containsString("Ubicado manualmente en la prelación"),
                        containsString("Lugar en la prelación: 4 → 1"))));

        mvc.perform(post("/entries/{id}/ranking-placement/clear", fourth.id()).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(fourth.id()))
                        .param("reason", "").param("programId", program.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"clear-reason-" + fourth.id() + "-error\"")));
        mvc.perform(post("/entries/{id}/ranking-placement/clear", fourth.id()).with(csrf()).with(fixtures.as(director))
                        .param("version", shown(fourth.id()))
                        .param("reason", "Se revisa el acuerdo").param("programId", program.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/entries/{id}", fourth.id()).with(fixtures.as(director)))
                .andExpect(content().string(containsString("Lugar 4 de 4 en la prelación")));
    }

    @Test
    void theEntryPageShowsThePlaceAndItsExplanation() throws Exception {
        mvc.perform(get("/entries/{id}", third.id()).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lugar 3 de 4 en la prelación"),
                        containsString("que tiene mayor puntaje."),
                        containsString("/programs/" + program + "/ranking?page=0"))));
    }

    @Test
    void anotherProgramsRankingIsNotFound() throws Exception {
        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));

        mvc.perform(get("/programs/{id}/ranking", program).with(fixtures.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/entries/{id}/ranking-placement", third.id()).with(csrf()).with(fixtures.as(stranger))
                        .param("version", shown(third.id()))
                        .param("position", "1").param("reason", "Motivo").param("programId", program.toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWaitingListShowsPriorityAndScoreAndSortsByTheRanking() throws Exception {
        mvc.perform(get("/programs/{id}/waiting-list", program).param("sort", "RANKING").with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Prioridad"), containsString("Puntaje"),
                        containsString(">P1<"), containsString(">14<"), containsString("modificada"),
                        containsString("Prelación (prioridad, puntaje, recepción)"),
                        containsString("/programs/" + program + "/ranking"))))
                .andExpect(content().string(matchesPattern("(?s).*Primera.*Segundo.*Tercera.*Cuarto.*")));
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    /** The version the ranking's move forms carry in their hidden field, read as the page would read it. */
    private String shown(UUID entryId) {
        return String.valueOf(version(entryId));
    }
}

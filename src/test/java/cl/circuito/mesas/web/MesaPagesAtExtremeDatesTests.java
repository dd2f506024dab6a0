package cl.circuito.mesas.web;

import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No date a user can enter leaves a Mesa's pages unable to render. Sessions at the extremes the rules allow (the
 * founding day, recorded as held; today; two years ahead) and one in the year 3001 written before the two-year
 * rule (the calendar computes holidays up to 3000 only: a refusal from it once broke the sessions page); then every
 * page and API read of the Mesa, for a co-facilitator, a member and the region's manager.
 */
@CircuitoTest
class MesaPagesAtExtremeDatesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void everyMesaPageRendersWithSessionsAtTheExtremeDates() throws Exception {
        LocalDate today = LocalDate.now(clock);
        MesaWorld w = mesaFixtures.world();
        MesaSession founding = mesaFixtures.session(w, MesaFixtures.FOUNDED);
        mesaFixtures.attend(w, founding);
        MesaSession now = mesaFixtures.session(w, today);
        MesaSession legacy = mesaFixtures.session(w, today.plusYears(1));
        jdbc.sql("update mesa_session set held_on = date '3001-01-13' where id = ?").param(legacy.id()).update();
        // Scheduling goes on around the legacy session, which takes its place after the last allowed day.
        MesaSession latest = mesaFixtures.session(w, today.plusYears(2));
        assertThat(jdbc.sql("select number from mesa_session where mesa_id = ? order by held_on").param(w.mesaId())
                .query(Integer.class).list()).containsExactly(1, 2, 3, 4);

        String m = "/mesas/" + w.mesaId();
        List<String> urls = new ArrayList<>(List.of("/", "/mesas", "/mesas/my-agreements", m, m + "/settings",
                m + "/sessions", m + "/sessions/attendance", m + "/members", m + "/agreements", m + "/plan",
                m + "/activities", m + "/cases", m + "/presentation-format", m + "/network", m + "/protocols",
                m + "/reflections", m + "/shared-children", "/api/v1/mesas/" + w.mesaId() + "/sessions",
                "/api/v1/mesas/" + w.mesaId() + "/sessions/proposed", "/api/v1/mesas/" + w.mesaId() + "/attendance-rates"));
        for (MesaSession s : List.of(founding, now, legacy, latest)) {
            String session = m + "/sessions/" + s.id();
            urls.addAll(List.of(session, session + "/minutes", session + "/attendance", session + "/case-reviews",
                    session + "/minutes.pdf", session + "/invitation.ics",
                    "/api/v1/mesas/" + w.mesaId() + "/sessions/" + s.id(),
                    "/api/v1/mesas/" + w.mesaId() + "/sessions/" + s.id() + "/minutes"));
        }
        for (String url : urls) {
            assertThat(mvc.perform(get(url).with(fixtures.as(w.coFacilitator()))).andReturn().getResponse().getStatus())
                    .as(url).isEqualTo(200);
        }
        for (Actor actor : List.of(w.member(), w.manager())) {
            for (String url : urls) {
                int status = mvc.perform(get(url).with(fixtures.as(actor))).andReturn().getResponse().getStatus();
                assertThat(status).as("%s as %s", url, actor.username()).isLessThan(500);
            }
        }
    }
}

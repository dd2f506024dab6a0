package cl.circuito.waitinglist.dashboard.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.dashboard.ProgramDashboard;
import cl.circuito.waitinglist.dashboard.ProgramDashboards;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class DashboardPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ProgramDashboards dashboards;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private ReferralBuilder referral(LocalDate receivedOn) {
        return fixtures.referral(director, program, court).child("Aurora", "Panel" + Fixtures.next())
                .bornOn(LocalDate.of(2015, 3, 3)).receivedOn(receivedOn);
    }

    private WaitingListEntry referred(LocalDate receivedOn) {
        return referral(receivedOn).register();
    }

    private WaitingListEntry waiting(LocalDate receivedOn, Integer priority, Integer score) {
        return referral(receivedOn).eligibleOn(receivedOn.plusDays(5)).priority(priority, score).register();
    }

    @Test
    void countsTheListByPriorityWithItsWaitsAndOverdueDecisions() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Santiago"));
        waiting(today.minusDays(100), 1, 9);
        waiting(today.minusDays(40), 2, 2);
        waiting(today.minusDays(10), null, null);
        referred(today.minusDays(60));
        referred(today);

        ProgramDashboard d = dashboards.of(director, program);

        assertThat(d.priorityOne()).isEqualTo(1);
        assertThat(d.priorityTwo()).isEqualTo(1);
        assertThat(d.notAssessed()).isEqualTo(1);
        assertThat(d.waiting()).isEqualTo(3);
        assertThat(d.underReview()).isEqualTo(2);
        assertThat(d.overdueDecisions()).isEqualTo(1);
        assertThat(d.medianWaitDays()).isEqualTo(40);
        assertThat(d.longestWaitDays()).isEqualTo(100);
        assertThat(d.places().capacity()).isEqualTo(d.program().agreedCapacity());
        assertThat(d.places().free()).isEqualTo(d.program().agreedCapacity());
        assertThat(d.openJudicialActions()).isZero();
        assertThat(d.monitoring().hasPlan()).isFalse();
        assertThat(d.trend()).hasSize(12);
        assertThat(d.trend().get(11).month()).isEqualTo(YearMonth.from(today));
        assertThat(d.trend().get(11).onList()).isEqualTo(5);
    }

    @Test
    void theTrendCountsTheListAtEachMonthsEndAndTheAdmissions() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Santiago"));
        YearMonth threeMonthsAgo = YearMonth.from(today).minusMonths(3);
        WaitingListEntry admitted = waiting(threeMonthsAgo.atDay(2), 1, 5);
        jdbc.sql("""
                update waiting_list_entry set status = 'EXITED', exit_reason = 'ADMITTED', exited_on = ?,
                       exited_by_name = 'Directora' where id = ?""")
                .params(threeMonthsAgo.plusMonths(1).atDay(10), admitted.id()).update();

        List<ProgramDashboard.Month> trend = dashboards.of(director, program).trend();

        ProgramDashboard.Month received = trend.get(8);
        assertThat(received.month()).isEqualTo(threeMonthsAgo);
        assertThat(received.onList()).isEqualTo(1);
        assertThat(received.received()).isEqualTo(1);
        ProgramDashboard.Month admittedMonth = trend.get(9);
        assertThat(admittedMonth.admitted()).isEqualTo(1);
        assertThat(admittedMonth.onList()).isZero();
    }

    @Test
    void thePageShowsTheCountsInSpanishWithTheChartDataAsATable() throws Exception {
        waiting(LocalDate.now(ZoneId.of("America/Santiago")).minusDays(30), 1, 7);

        mvc.perform(get("/programs/{id}/dashboard", program).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Prioridad 1"), containsString("Mediana"),
                        containsString("Plazas libres"), containsString("Acciones judiciales abiertas"),
                        containsString("data-on-list=\""), containsString("Ver los datos del gráfico"),
                        containsString("chart.umd.min.js"))));
    }

    @Test
    void theApiGivesTheSameCounts() throws Exception {
        waiting(LocalDate.now(ZoneId.of("America/Santiago")).minusDays(20), 2, 3);
        String bearer = "Bearer " + tokens.create(director, "panel").secret();

        mvc.perform(get("/api/v1/programs/{id}/dashboard", program).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priorityTwo").value(1))
                .andExpect(jsonPath("$.waiting").value(1))
                .andExpect(jsonPath("$.places.free").isNumber())
                .andExpect(jsonPath("$.lastTwelveMonths.length()").value(12));
        mvc.perform(get("/api/v1/programs/{id}/dashboard", fixtures.program("PPF", "13101")).header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherProgramsDashboardIsNotFound() throws Exception {
        UUID other = fixtures.program("PPF", "13101");

        mvc.perform(get("/programs/{id}/dashboard", other).with(fixtures.as(director)))
                .andExpect(status().isNotFound());
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}

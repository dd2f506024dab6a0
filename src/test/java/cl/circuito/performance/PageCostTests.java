package cl.circuito.performance;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a view of the heaviest pages costs in round trips to the database: at most three statements beyond the
 * audit of the read (the session is not counted; tests sign in without one). Time is measured in bench/;
 * statements are counted here, where a new query per row or per program would show at once.
 */
@CircuitoTest
class PageCostTests {

    static final int MAX_STATEMENTS = 3;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;

    UUID program;
    Actor director;

    @BeforeEach
    void aProgramWithChildrenWaitingAndUnderReview() {
        program = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        for (int i = 0; i < 6; i++) {
            fixtures.referral(director, program, court).surnamed("Espera").receivedDaysAgo(20 + i).waiting()
                    .priority(1 + i % 2, 10 + i).register();
            fixtures.referral(director, program, court).surnamed("Revision").receivedDaysAgo(i).register();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/programs/{id}/waiting-list", "/programs/{id}/waiting-list?sort=RANKING",
            "/programs/{id}/ranking", "/programs/{id}/ranking?page=1", "/programs/{id}/dashboard",
            "/programs/{id}/admissions"})
    void aPageViewNeedsAtMostThreeStatements(String page) throws Exception {
        SqlStatements.Recording view = assertCheap(get(page, program).with(fixtures.as(director)), MAX_STATEMENTS);
        // The user with the programs of the navigation bar is one read outside a transaction; the page and its audit
        // are one; the other is the session this test's request creates (a signed-in user's is only read).
        assertThat(view.commits()).as(view.toString()).isLessThanOrEqualTo(2);
    }

    /**
     * The monitoring page has a section of its own, the month's re-validations of long waits (issue 18): one statement
     * more, read and audited by its own service as the API reads it, so one transaction more.
     */
    @org.junit.jupiter.api.Test
    void theMonitoringPageNeedsOneStatementMoreForItsRevalidations() throws Exception {
        SqlStatements.Recording view = assertCheap(get("/programs/{id}/monitoring", program).with(fixtures.as(director)),
                MAX_STATEMENTS + 1);
        assertThat(view.commits()).as(view.toString()).isLessThanOrEqualTo(3);
    }

    /** The token and its user are one statement, as a page's user is (its session read is not counted). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/programs/{id}/ranking", "/api/v1/programs/{id}/entries"})
    void anApiReadNeedsAtMostThreeStatements(String path) throws Exception {
        String bearer = "Bearer " + tokens.create(director, "costo").secret();
        assertCheap(get(path, program).header("Authorization", bearer), MAX_STATEMENTS);
    }

    /** A signed-in user's session is read once on each page, and written only when something in it changed. */
    @org.junit.jupiter.api.Test
    void aPageViewReadsItsSessionWithoutRewritingIt() throws Exception {
        jakarta.servlet.http.Cookie session = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                                .formLogin("/login").user(director.username()).password(Fixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder page = get("/programs/{id}/waiting-list", program).cookie(session);
        mvc.perform(page).andExpect(status().isOk()); // the first page after signing in stores the CSRF token

        SqlStatements.Recording view = SqlStatements.during(() -> mvc.perform(page).andExpect(status().isOk()));

        List<String> sessionStatements = view.statements().stream()
                .map(sql -> sql.toLowerCase(Locale.ROOT))
                .filter(sql -> sql.contains("spring_session"))
                .toList();
        assertThat(sessionStatements).as(view.toString()).hasSize(1).allMatch(sql -> sql.startsWith("select"));
    }

    private SqlStatements.Recording assertCheap(MockHttpServletRequestBuilder request, int max) throws Exception {
        mvc.perform(request).andExpect(status().isOk()); // warm: first-time lookups are not what a view costs
        SqlStatements.Recording view = SqlStatements.during(() -> mvc.perform(request).andExpect(status().isOk()));
        assertThat(view.ownStatements()).as(view.toString()).hasSizeLessThanOrEqualTo(max);
        return view;
    }
}

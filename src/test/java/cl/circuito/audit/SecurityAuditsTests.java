package cl.circuito.audit;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Failed logins and refused requests leave a line in the audit trail: who, which path, what was refused. */
@CircuitoTest
class SecurityAuditsTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;

    @Test
    void aFailedLoginKeepsWhatWasTypedAsTheUsernameButNeverThePassword() throws Exception {
        String typed = Fixtures.unique("nadie");
        mvc.perform(formLogin("/login").user(typed).password("clave-secreta-equivocada"))
                .andExpect(redirectedUrl("/login?error"));

        Map<String, Object> row = jdbc.sql("""
                        select action, actor_id, what, changes::text as changes from audit_event
                         where changes ->> 'typedUsername' = ?""").param(typed).query().singleRow();
        assertThat(row.get("action")).isEqualTo("LOGIN_FAILED");
        assertThat(row.get("actor_id")).isNull();
        assertThat(row.get("what")).isEqualTo("audit.login.failed");
        assertThat((String) row.get("changes")).contains("LOGIN_BAD_CREDENTIALS")
                .doesNotContain("clave-secreta-equivocada");
    }

    @Test
    void anotherProgramsEntryRefusedOnThePageAndOnTheApiIsAuditedWithWhoAndWhere() throws Exception {
        UUID mine = fixtures.program("PRM", "13101");
        UUID theirs = fixtures.program("PRM", "13101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(mine));
        Actor other = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(theirs));
        WaitingListEntry entry = fixtures.referral(other, theirs, fixtures.referrer("FAMILY_COURT")).register();

        mvc.perform(get("/entries/{id}", entry.id()).with(fixtures.as(director))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entries/{id}", entry.id())
                        .header("Authorization", "Bearer " + tokens.create(director, "auditoría").secret()))
                .andExpect(status().isNotFound());

        var rows = jdbc.sql("""
                        select action, what, subject_id, changes ->> 'path' as path, changes ->> 'responseStatus' as code
                          from audit_event where actor_id = ? and action = 'REFUSED' order by occurred_at""")
                .param(director.userId()).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("what")).isEqualTo("error.notFound.entry");
            assertThat(row.get("subject_id")).isEqualTo(entry.id());
            assertThat(row.get("code")).isEqualTo("404");
        });
        assertThat(rows.get(0).get("path")).isEqualTo("GET /entries/" + entry.id());
        assertThat(rows.get(1).get("path")).isEqualTo("GET /api/v1/entries/" + entry.id());
    }

    @Test
    void aPermissionRefusedIsAuditedToo() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));

        mvc.perform(get("/admin/audit").with(fixtures.as(director))).andExpect(status().isForbidden());

        assertThat(jdbc.sql("""
                        select changes ->> 'path' from audit_event
                         where actor_id = ? and action = 'REFUSED' and what = 'error.forbidden'""")
                .param(director.userId()).query(String.class).list()).containsExactly("GET /admin/audit");
    }
}

package cl.circuito.audit.viewer.web;

import cl.circuito.audit.chain.AuditChain;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit viewer: the admin and the national team, nationwide, by user, child, program and period, exported. */
@CircuitoTest
class AuditViewerTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenManagement tokens;

    UUID program;
    UUID otherProgram;
    Actor director;
    Actor otherDirector;
    Actor national;
    Actor admin;
    WaitingListEntry entry;
    String surname;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        otherProgram = fixtures.program("PPF", "13101");
        director = fixtures.user(Fixtures.unique("Directora Auditada"), Role.PROGRAM_DIRECTOR, Set.of(program));
        otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        admin = fixtures.user(Role.ADMIN, Set.of());
        // Letters only: digits could read as the start of some other child's RUT.
        surname = Fixtures.unique("Auditado").chars().map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        entry = fixtures.referral(director, program, fixtures.referrer("FAMILY_COURT")).child("Tomás", surname)
                .register();
        fixtures.referral(otherDirector, otherProgram, fixtures.referrer("FAMILY_COURT")).register();
    }

    @Test
    void onlyTheAdminAndTheNationalTeamReadTheTrail() throws Exception {
        mvc.perform(get("/admin/audit").with(fixtures.as(director))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(fixtures.as(national))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registro de auditoría")));
        mvc.perform(get("/admin/audit").with(fixtures.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").header("Authorization", bearer(director))).andExpect(status().isForbidden());
    }

    @Test
    void byUserShowsOnlyWhatThatUserDid() throws Exception {
        mvc.perform(get("/api/v1/audit").param("user", director.displayName()).header("Authorization", bearer(national)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines", hasSize(jdbcCount("actor_id = ?", director.userId()))))
                .andExpect(jsonPath("$.lines[*].actorName", everyItem(is(director.displayName()))));
        mvc.perform(get("/admin/audit").param("user", director.displayName()).with(fixtures.as(national)))
                .andExpect(content().string(allOf(containsString(director.displayName()),
                        not(containsString(otherDirector.displayName())))));
        // Reading the trail is itself in the trail, with the search that was made: here twice, API and page.
        assertThat(jdbc.sql("select changes::text from audit_event where actor_id = ? and what = 'auditviewer.audit.viewed'")
                .param(national.userId()).query(String.class).list())
                .hasSize(2).allSatisfy(changes -> assertThat(changes).contains(director.displayName()));
    }

    @Test
    void byChildShowsWhatWasDoneWithHerRecordsInAnyProgram() throws Exception {
        mvc.perform(get("/api/v1/audit").param("child", surname).header("Authorization", bearer(national)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines", hasSize(jdbcCount("subject_id in (?, ?)", entry.id(), entry.childId()))))
                .andExpect(jsonPath("$.lines[*].subjectId", everyItem(org.hamcrest.Matchers.oneOf(
                        entry.id().toString(), entry.childId().toString()))));
        mvc.perform(get("/api/v1/audit").param("child", Fixtures.unique("Inexistente")).header("Authorization", bearer(national)))
                .andExpect(jsonPath("$.lines", hasSize(0)));
    }

    @Test
    void byProgramAndByPeriod() throws Exception {
        mvc.perform(get("/api/v1/audit").param("programId", otherProgram.toString()).header("Authorization", bearer(national)))
                .andExpect(jsonPath("$.lines", hasSize(jdbcCount("program_id = ?", otherProgram))))
                .andExpect(jsonPath("$.lines[*].programId", everyItem(is(otherProgram.toString()))));

        LocalDate day = jdbc.sql("select max(occurred_at) from audit_event where program_id = ?").param(otherProgram)
                .query(OffsetDateTime.class).single().atZoneSameInstant(ZoneId.of("America/Santiago")).toLocalDate();
        mvc.perform(get("/api/v1/audit").param("programId", otherProgram.toString())
                        .param("from", day.toString()).param("to", day.toString()).header("Authorization", bearer(national)))
                .andExpect(jsonPath("$.lines", hasSize(jdbcCount("program_id = ?", otherProgram))));
        mvc.perform(get("/api/v1/audit").param("programId", otherProgram.toString())
                        .param("to", day.minusDays(1).toString()).header("Authorization", bearer(national)))
                .andExpect(jsonPath("$.lines", hasSize(0)));
        mvc.perform(get("/api/v1/audit").param("from", "no-es-fecha").header("Authorization", bearer(national)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].message", containsString("Fecha de inicio")));
    }

    @Test
    void theCsvExportHoldsTheLinesInSpanishAndIsItselfAudited() throws Exception {
        byte[] csv = mvc.perform(get("/admin/audit/export.csv").param("user", director.displayName())
                        .with(fixtures.as(national)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Fecha y hora;Quién;Tipo;Qué;Programa;Registro;Detalle")
                .contains(director.displayName() + ";Creación;")
                .contains(entry.id().toString());
        assertThat(text.lines().count() - 1).isEqualTo(jdbcCount("actor_id = ?", director.userId()));

        assertThat(jdbc.sql("select what from audit_event where actor_id = ? and action = 'EXPORTED'")
                .param(national.userId()).query(String.class).list()).containsExactly("auditviewer.audit.exported");
        mvc.perform(get("/admin/audit/export.xlsx").with(fixtures.as(admin))).andExpect(status().isOk());
    }

    @Test
    void whatAFailedLoginTypedIsShownToTheAdminOnly() throws Exception {
        String typed = Fixtures.unique("tecleado");
        mvc.perform(formLogin("/login").user(typed).password("otra-clave"));

        mvc.perform(get("/api/v1/audit").param("action", "LOGIN_FAILED").header("Authorization", bearer(admin)))
                .andExpect(content().string(containsString(typed)));
        mvc.perform(get("/api/v1/audit").param("action", "LOGIN_FAILED").header("Authorization", bearer(national)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Inicio de sesión fallido"), not(containsString(typed)))));
    }

    @Test
    void theAdminChecksTheChainFromTheViewer() throws Exception {
        mvc.perform(post("/admin/audit/verify").with(csrf()).with(fixtures.as(national))).andExpect(status().isForbidden());
        var checked = (AuditChain.Verification) mvc.perform(post("/admin/audit/verify").with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("checked");
        assertThat(checked.intact()).as("%s", checked).isTrue();
        mvc.perform(get("/admin/audit").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("cadena íntegra")));
    }

    @Test
    void theListContinuesAfterItsLastLineOnThePageAndOnTheApi() throws Exception {
        String reader = Fixtures.unique("Lectora");
        for (int i = 0; i < 55; i++) { // some in the same instant: the id orders them
            jdbc.sql("""
                            insert into audit_event (id, occurred_at, actor_id, actor_name, action, subject_type,
                                                     subject_id, program_id, what, changes)
                            values (?, now() - make_interval(secs => ? / 3), ?, ?, 'CHANGED', 'ENTRY', ?, ?,
                                    'audit.entry.viewed', '{"status": {"before": null, "after": "WAITING"}}')""")
                    .params(UUID.randomUUID(), i, director.userId(), reader, entry.id(), program).update();
        }
        String body = mvc.perform(get("/api/v1/audit").param("user", reader).header("Authorization", bearer(national)))
                .andExpect(jsonPath("$.lines", hasSize(50)))
                .andReturn().getResponse().getContentAsString();
        String next = com.jayway.jsonpath.JsonPath.read(body, "$.next");
        String lastId = com.jayway.jsonpath.JsonPath.read(body, "$.lines[49].id");

        mvc.perform(get("/api/v1/audit").param("user", reader).param("after", next)
                        .header("Authorization", bearer(national)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines", hasSize(5)))
                .andExpect(jsonPath("$.lines[*].id", not(org.hamcrest.Matchers.hasItem(lastId))))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/admin/audit").param("user", reader).param("after", next).with(fixtures.as(national)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Más recientes"),
                        containsString("Sujeto de atención, en espera"))));
        mvc.perform(get("/api/v1/audit").param("after", "no-es-posición").header("Authorization", bearer(national)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("posición válida")));
    }

    private int jdbcCount(String condition, Object... params) {
        return jdbc.sql("select count(*) from audit_event where " + condition).params(params).query(Integer.class).single();
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "auditoría").secret();
    }
}

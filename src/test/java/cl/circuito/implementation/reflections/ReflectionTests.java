package cl.circuito.implementation.reflections;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.implementation.scorecards.ImplementationRuleViolation;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class ReflectionTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesas;
    @Autowired ReflectionWriting reflections;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    static final int THIS_YEAR = LocalDate.now().getYear();
    static final int THIS_SEMESTER = LocalDate.now().getMonthValue() <= 6 ? 1 : 2;

    static Reflection.Content said(String risks, ReflectionAspect... aspects) {
        return new Reflection.Content(Set.of(aspects), null, null, risks, null);
    }

    @Test
    void oneReflectionPerSemesterNewestFirstWrittenByCoFacilitatorsAndTheRegionsManagerAndAudited() {
        MesaWorld w = mesas.world();
        reflections.write(w.coFacilitator(), w.mesaId(), 2025, 1,
                said("Rotación de la dupla EDT", ReflectionAspect.PROFESSIONAL_TURNOVER, ReflectionAspect.CIRCUIT_COHESION));
        reflections.write(w.manager(), w.mesaId(), 2025, 2, said(null, ReflectionAspect.SECTOR_PROTOCOL));

        assertThat(reflections.list(w.national(), w.mesaId()))
                .extracting(r -> r.year() + "-" + r.semester()).containsExactly("2025-2", "2025-1");
        ReflectionView first = reflections.one(w.memberReadOnly(), w.mesaId(), 2025, 1);
        assertThat(first.under(ReflectionAspect.Heading.RISK)).containsExactly(ReflectionAspect.PROFESSIONAL_TURNOVER);
        assertThat(first.under(ReflectionAspect.Heading.INTRA)).containsExactly(ReflectionAspect.CIRCUIT_COHESION);
        assertThat(first.riskNotes()).isEqualTo("Rotación de la dupla EDT");
        assertThat(first.createdByName()).isEqualTo(w.coFacilitator().displayName());

        assertThatThrownBy(() -> reflections.write(w.edtCoFacilitator(), w.mesaId(), 2025, 1,
                said(null, ReflectionAspect.PROACTIVITY)))
                .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("semester");
                    assertThat(e.messageKey()).isEqualTo("reflections.error.exists");
                });
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'MESA_REFLECTION' and subject_id = ?")
                .param(w.mesaId()).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void aFutureSemesterOrOneBeforeTheFoundingOrAnEmptyReflectionIsRefusedOnItsField() {
        MesaWorld w = mesas.world();
        assertThatThrownBy(() -> reflections.write(w.coFacilitator(), w.mesaId(), THIS_YEAR + 1, 1,
                said(null, ReflectionAspect.PROACTIVITY)))
                .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> assertThat(e.field()).isEqualTo("year"));
        if (THIS_SEMESTER == 1) {
            assertThatThrownBy(() -> reflections.write(w.coFacilitator(), w.mesaId(), THIS_YEAR, 2,
                    said(null, ReflectionAspect.PROACTIVITY)))
                    .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> assertThat(e.field()).isEqualTo("semester"));
        }
        // Founded in March 2024: the first semester of 2024 is its first; 2023 is before it.
        assertThatThrownBy(() -> reflections.write(w.coFacilitator(), w.mesaId(), 2023, 2,
                said(null, ReflectionAspect.PROACTIVITY)))
                .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("year");
                    assertThat(e.status().value()).isEqualTo(422);
                });
        assertThatThrownBy(() -> reflections.write(w.coFacilitator(), w.mesaId(), 2024, 1, said(null)))
                .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> assertThat(e.field()).isEqualTo("aspects"));
        assertThat(reflections.write(w.coFacilitator(), w.mesaId(), THIS_YEAR, THIS_SEMESTER,
                said(null, ReflectionAspect.PROACTIVITY)).semester()).isEqualTo(THIS_SEMESTER);
    }

    @Test
    void unitRuleOnSemesterBoundaries() {
        LocalDate founded = LocalDate.of(2024, 9, 1);
        LocalDate today = LocalDate.of(2026, 3, 10);
        Reflection.requireReflectable(2024, 2, founded, today);
        Reflection.requireReflectable(2026, 1, founded, today);
        assertThatThrownBy(() -> Reflection.requireReflectable(2024, 1, founded, today))
                .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> assertThat(e.field()).isEqualTo("semester"));
        assertThatThrownBy(() -> Reflection.requireReflectable(2026, 2, founded, today))
                .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("reflections.error.future"));
        assertThatThrownBy(() -> Reflection.requireReflectable(2026, 3, founded, today))
                .isInstanceOfSatisfying(ImplementationRuleViolation.class, e -> assertThat(e.field()).isEqualTo("semester"));
    }

    @Test
    void thePageListsReflectionsMembersReadOnlyAndErrorsStayNextToTheFieldWithWhatWasTyped() throws Exception {
        MesaWorld w = mesas.world();
        String base = "/mesas/" + w.mesaId() + "/reflections";
        mvc.perform(post(base).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("year", "2025").param("semester", "1")
                        .param("aspects", "CIRCUIT_COHESION", "PLACES_BELOW_DEMAND")
                        .param("riskNotes", "Las vacantes del PIE no alcanzan para la demanda de la comuna."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Primer semestre de 2025"),
                        containsString("Cohesión del circuito"), containsString("Vacantes de los programas inferiores a la demanda"),
                        containsString("Las vacantes del PIE no alcanzan"), containsString("Facilitadores extra-mesa"),
                        containsString("Escrita por"), not(containsString(base + "/new")))));
        mvc.perform(get(base + "/new").with(fixtures.as(w.member()))).andExpect(status().isForbidden());
        mvc.perform(post(base).with(fixtures.as(w.member())).with(csrf()).param("year", "2025").param("semester", "2")
                .param("aspects", "PROACTIVITY")).andExpect(status().isForbidden());
        mvc.perform(get(base).with(fixtures.as(w.otherManager()))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/new").with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rotación de profesionales"), containsString("name=\"aspects\""))));

        mvc.perform(post(base).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("year", String.valueOf(THIS_YEAR + 1)).param("semester", "1")
                        .param("aspects", "PROACTIVITY").param("intraNotes", "Texto que se conserva"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("year-error"),
                        containsString("Ese semestre aún no comienza"), containsString("Texto que se conserva"))));
        // An aspect that is no aspect leaves the input unbuilt: the form still shows what was typed, the year too.
        mvc.perform(post(base).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("year", "2025").param("semester", "2")
                        .param("aspects", "NO_EXISTE").param("intraNotes", "Texto que se conserva"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("value=\"2025\""), containsString("Texto que se conserva"))));
        mvc.perform(post(base).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("year", "2025").param("semester", "1").param("aspects", "PROACTIVITY"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("semester-error"), containsString("Ya hay una reflexión del semestre 1 de 2025"))));

        mvc.perform(get(base + "/2025/1").with(fixtures.as(w.manager())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Las vacantes del PIE"),
                        containsString("Primer semestre de 2025"), containsString("/reflections/2025/1\""))));
        mvc.perform(post(base + "/2025/1").with(fixtures.as(w.manager())).with(csrf()).param("version", "0")
                        .param("aspects", "CIRCUIT_COHESION").param("achievementNotes", "Protocolo con el CESFAM"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/2025/1").with(fixtures.as(w.coFacilitator())).with(csrf()).param("version", "0")
                        .param("aspects", "PROACTIVITY"))
                .andExpect(status().isConflict());
        mvc.perform(get(base).with(fixtures.as(w.national())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Protocolo con el CESFAM"), containsString("Modificada por"),
                        not(containsString(base + "/new")))));
    }

    @Test
    void theApiWritesWithPutAndChecksVersionsAndScope() throws Exception {
        MesaWorld w = mesas.world();
        String url = "/api/v1/mesas/" + w.mesaId() + "/reflections";
        String body = "{\"aspects\": [\"HEALTH_CRISIS_AGREEMENT\", \"DIFFERING_APPROACHES\"], \"riskNotes\": \"Enfoques distintos con la EDT\"}";
        mvc.perform(put(url + "/2025/2").header("Authorization", bearer(w.member())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put(url + "/2025/2").header("Authorization", bearer(w.otherManager())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        String co = bearer(w.coFacilitator());
        mvc.perform(put(url + "/2025/2").header("Authorization", co).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extraFacilitators[0]").value("HEALTH_CRISIS_AGREEMENT"))
                .andExpect(jsonPath("$.risks[0]").value("DIFFERING_APPROACHES"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(put(url + "/2025/2").header("Authorization", co).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put(url + "/2025/2").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 7, \"aspects\": [\"PROACTIVITY\"]}"))
                .andExpect(status().isConflict());
        mvc.perform(put(url + "/2025/2").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"aspects\": [\"PROACTIVITY\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intraFacilitators[0]").value("PROACTIVITY"));
        mvc.perform(put(url + "/" + (THIS_YEAR + 1) + "/1").header("Authorization", co).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get(url).header("Authorization", bearer(w.national())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].semester").value(2));
        mvc.perform(get(url + "/2024/1").header("Authorization", bearer(w.memberReadOnly())))
                .andExpect(status().isNotFound());
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }
}

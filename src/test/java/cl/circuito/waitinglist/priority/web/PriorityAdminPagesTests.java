package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class PriorityAdminPagesTests {

    private static final String SENAME = "5e4a3e00-2011-4000-8000-000000000001";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    Actor admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, Set.of());
    }

    @Test
    void theAdministratorSeesTheSenameGuideAndItsItems() throws Exception {
        mvc.perform(get("/admin/priority-instruments").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("SENAME-2011 v"), containsString("Nueva versión"))));
        mvc.perform(get("/admin/priority-instruments/{id}", SENAME).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Iv. En relación a características contextuales."),
                        containsString("Medidas judiciales adoptadas no garantizan la protección."),
                        containsString("están truncados"))));
        mvc.perform(get("/admin/priority-instruments/{id}/versions/new", SENAME).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("# I. En relaci&oacute;n al tipo de delito"),
                        containsString("20. Medidas judiciales adoptadas"))));
    }

    @Test
    void publishingValidatesTheTextAndTheCutAndThenCreatesVersionOne() throws Exception {
        String code = "ADM-" + Fixtures.next();
        mvc.perform(post("/admin/priority-instruments").with(csrf()).with(fixtures.as(admin))
                        .param("code", code).param("name", "Pauta PIE").param("defaultCut", "3")
                        .param("content", "# I. Niño\nConsumo problemático\n# II. Vacío\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("El grupo «II. Vacío» no tiene descriptores"),
                        containsString("Consumo problem&aacute;tico"), containsString("is-invalid"))));
        mvc.perform(post("/admin/priority-instruments").with(csrf()).with(fixtures.as(admin))
                        .param("code", code).param("name", "Pauta PIE").param("defaultCut", "3")
                        .param("content", "# I. Niño\nConsumo problemático\nDeserción escolar\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("entre 1 y 2")));
        mvc.perform(post("/admin/priority-instruments").with(csrf()).with(fixtures.as(admin))
                        .param("code", code).param("name", "Pauta PIE").param("defaultCut", "1")
                        .param("content", "# I. Niño\nConsumo problemático\nDeserción escolar\n"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/priority-instruments/*"));
        assertThat(jdbc.sql("select version_number from priority_instrument where code = ?").param(code)
                .query(Integer.class).list()).containsExactly(1);
    }

    @Test
    void programStaffCannotReachTheInstrumentAdministration() throws Exception {
        UUID program = fixtures.program("PRM", "13101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));

        mvc.perform(get("/admin/priority-instruments").with(fixtures.as(director))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/priority-instruments").with(csrf()).with(fixtures.as(director))
                .param("code", "NO-" + Fixtures.next()).param("name", "x").param("defaultCut", "1")
                .param("content", "# I\nx")).andExpect(status().isForbidden());
    }
}

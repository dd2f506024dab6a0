package cl.circuito.mesas.mesa.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.Participation;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change of membership that takes away the user's own access: saved, and she is told so and sent where she can
 * still go — never a 404 after saving. The API answers the change as usual. The last co-facilitator stays; the
 * territorial manager and the administrator keep seeing the Mesa they oversee whatever they change.
 */
@CircuitoTest
class MembershipAccessTests {

    private static final String LOST = "ya no integra la Mesa";
    private static final String NO_LONGER_CO_FACILITATES = "ya no co-facilita la Mesa";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired MesaSetup setup;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void aCoFacilitatorWhoseProgramLeavesIsSentToTheMesasListToldWhy() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String mesa = "/mesas/" + w.mesaId();
        var left = mvc.perform(post(mesa + "/members/" + w.opdMember() + "/leave").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", version(w.opdMember())).param("leftOn", "2025-06-30")
                        .param("leftReason", "La OPD deja de co-facilitar por cierre del convenio"))
                .andExpect(redirectedUrl("/mesas"))
                .andExpect(flash().attribute("success", "Se registró que el integrante deja la Mesa."))
                .andReturn();
        String warning = (String) left.getFlashMap().get("warning");
        assertThat(warning).contains(LOST, "y ya no puede verla");
        assertThat(jdbc.sql("select left_on from mesa_member where id = ?").param(w.opdMember()).query(String.class)
                .single()).isEqualTo("2025-06-30");

        mvc.perform(get("/mesas").with(fixtures.as(w.coFacilitator()))).andExpect(status().isOk());
        mvc.perform(get(mesa).with(fixtures.as(w.coFacilitator()))).andExpect(status().isNotFound());
        // The EDT still runs the Mesa.
        mvc.perform(get(mesa + "/members").with(fixtures.as(w.edtCoFacilitator()))).andExpect(status().isOk());
    }

    @Test
    void aCoFacilitatorWhoStopsCoFacilitatingReadsOnToldSoAndTheLastOneCannotStop() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String mesa = "/mesas/" + w.mesaId();
        mvc.perform(post(mesa + "/members/" + w.edtMember() + "/co-facilitation").with(fixtures.as(w.edtCoFacilitator()))
                        .with(csrf()).param("version", version(w.edtMember())).param("coFacilitator", "false"))
                .andExpect(redirectedUrl(mesa + "/members/" + w.edtMember()))
                .andExpect(flash().attribute("warning", org.hamcrest.Matchers.containsString(NO_LONGER_CO_FACILITATES)));
        mvc.perform(get(mesa + "/members/" + w.edtMember()).with(fixtures.as(w.edtCoFacilitator())))
                .andExpect(status().isOk());
        mvc.perform(get(mesa + "/members/new").with(fixtures.as(w.edtCoFacilitator()))).andExpect(status().isForbidden());

        // The OPD is now the last co-facilitator: it cannot stop, nor leave.
        mvc.perform(post(mesa + "/members/" + w.opdMember() + "/co-facilitation").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", version(w.opdMember())).param("coFacilitator", "false"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(mesa + "/members/" + w.opdMember() + "/leave").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", version(w.opdMember())).param("leftOn", "2025-06-30")
                        .param("leftReason", "Cierre"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select co_facilitator and left_on is null from mesa_member where id = ?")
                .param(w.opdMember()).query(Boolean.class).single()).isTrue();

        // A change that leaves one's access as it was says nothing more.
        mvc.perform(post(mesa + "/members/" + w.opdMember() + "/participation").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", version(w.opdMember())).param("participation", "OCCASIONAL"))
                .andExpect(redirectedUrl(mesa + "/members/" + w.opdMember()))
                .andExpect(flash().attributeCount(1));
    }

    @Test
    void theOverseersKeepSeeingTheMesaWhateverTheyChange() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String mesa = "/mesas/" + w.mesaId();
        // The territorial manager co-facilitates, then leaves: she oversees the region's Mesa still.
        MesaMember manager = setup.join(w.admin(), w.mesaId(), MesaMember.Identity.territorialManager(w.manager().userId(),
                "Gestora territorial"), Participation.PERMANENT, true, MesaFixtures.FOUNDED, null);
        mvc.perform(post(mesa + "/members/" + manager.id() + "/leave").with(fixtures.as(w.manager())).with(csrf())
                        .param("version", version(manager.id())).param("leftOn", "2025-06-30").param("leftReason", "Traslado"))
                .andExpect(redirectedUrl(mesa + "/members"))
                .andExpect(flash().attribute("warning", org.hamcrest.Matchers.containsString(NO_LONGER_CO_FACILITATES)));
        mvc.perform(get(mesa + "/members").with(fixtures.as(w.manager()))).andExpect(status().isOk());
        mvc.perform(post(mesa + "/members/" + w.healthMember() + "/leave").with(fixtures.as(w.manager())).with(csrf())
                        .param("version", version(w.healthMember())).param("leftOn", "2025-06-30").param("leftReason", "Cambio"))
                .andExpect(redirectedUrl(mesa + "/members")).andExpect(flash().attributeCount(1));
        mvc.perform(post(mesa + "/members/" + w.pieMember() + "/participation").with(fixtures.as(w.admin())).with(csrf())
                        .param("version", version(w.pieMember())).param("participation", "OCCASIONAL"))
                .andExpect(redirectedUrl(mesa + "/members/" + w.pieMember())).andExpect(flash().attributeCount(1));
    }

    @Test
    void theApiAnswersTheChangeThatTookTheCallersAccess() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String members = "/api/v1/mesas/" + w.mesaId() + "/members";
        mvc.perform(json(w.edtCoFacilitator(), patch(members + "/" + w.edtMember()),
                        "{\"version\": " + version(w.edtMember()) + ", \"coFacilitator\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coFacilitator").value(false));
        // The EDT co-facilitates again (the administrator), so the OPD may leave: its own program, the caller's access.
        MesaMember edt = setup.changeCoFacilitation(w.admin(), w.mesaId(), w.edtMember(),
                Long.parseLong(version(w.edtMember())), true);
        assertThat(edt.coFacilitator()).isTrue();
        mvc.perform(json(w.coFacilitator(), post(members + "/" + w.opdMember() + "/leave"),
                        "{\"version\": " + version(w.opdMember()) + ", \"leftOn\": \"2025-06-30\", \"leftReason\": \"Cierre del convenio\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(w.opdMember().toString()))
                .andExpect(jsonPath("$.leftOn").value("2025-06-30"))
                .andExpect(jsonPath("$.leftReason").value("Cierre del convenio"));
        mvc.perform(as(w.coFacilitator(), get(members))).andExpect(status().isNotFound());
    }

    private String version(UUID member) {
        return String.valueOf(jdbc.sql("select version from mesa_member where id = ?").param(member).query(Long.class).single());
    }

    private MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + tokens.create(actor, "integración").secret());
    }

    private MockHttpServletRequestBuilder json(Actor actor, MockHttpServletRequestBuilder request, String body) {
        return as(actor, request).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

package cl.circuito.mesas.mesa.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class MesaSetupPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired JdbcClient jdbc;

    MesaWorld w;
    String base;

    @BeforeEach
    void setUp() {
        w = mesaFixtures.world();
        base = "/mesas/" + w.mesaId();
    }

    @Test
    void theListShowsTheMesasWithTheirCoFacilitatorsAndTheNationalTeamFiltersByRegion() throws Exception {
        mvc.perform(get("/mesas").with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mesas de Gestión de Casos"),
                        containsString(base + "\""), containsString("EDT, OPD"), containsString("Sin sesión programada"),
                        not(containsString("Fundar Mesa")))));
        mvc.perform(get("/mesas").param("region", w.regionCode()).with(fixtures.as(w.national())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Todas las regiones"), containsString(base + "\""))));
        mvc.perform(get("/mesas").with(fixtures.as(w.outsider())))
                .andExpect(content().string(not(containsString(base + "\""))));
    }

    @Test
    void aManagerFoundsAMesaInTwoStepsWithTheOpdAndEdtProposedAndErrorsKeepWhatWasTyped() throws Exception {
        String comuna = jdbc.sql("""
                        select c.code from comuna c where c.region_code = ? and c.code not in ('16101', '16103') and not exists (select 1 from mesa m where m.comuna_code = c.code)
                         order by random() limit 1""").param(w.regionCode()).query(String.class).single();
        UUID opd = fixtures.program("OPD", comuna);
        UUID edt = fixtures.program("EDT", comuna);

        mvc.perform(get("/mesas/new").with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Elija la comuna"), containsString("value=\"" + comuna + "\""))));
        mvc.perform(get("/mesas/new").param("comunaCode", comuna).with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"comunaCode\" value=\"" + comuna + "\""),
                        containsString("value=\"Mesa de Gesti&oacute;n de Casos de "),
                        containsString("value=\"" + opd + "\" id=\"coFacilitatorProgramIds1\" name=\"coFacilitatorProgramIds\" checked"),
                        containsString("value=\"" + edt + "\" id=\"coFacilitatorProgramIds2\" name=\"coFacilitatorProgramIds\" checked"))));
        mvc.perform(post("/mesas/new").with(fixtures.as(w.manager())).with(csrf())
                        .param("comunaCode", comuna).param("name", "Mesa de prueba").param("foundedOn", "2025-03-01")
                        .param("frequency", "CUSTOM").param("customIntervalDays", "veinte")
                        .param("coFacilitatorProgramIds", opd.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("customIntervalDays-error"),
                        containsString("Escriba un número entero."), containsString("value=\"veinte\""))));
        // Every proposed co-facilitator unchecked: the checkboxes' marker says none, not the defaults.
        mvc.perform(post("/mesas/new").with(fixtures.as(w.manager())).with(csrf())
                        .param("comunaCode", comuna).param("name", "Mesa de prueba").param("foundedOn", "2025-03-01")
                        .param("frequency", "MONTHLY").param("_coFacilitatorProgramIds", "on"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("coFacilitatorProgramIds-error"),
                        containsString("Elija al menos un co-facilitador."))));
        mvc.perform(post("/mesas/new").with(fixtures.as(w.manager())).with(csrf())
                        .param("comunaCode", comuna).param("name", "Mesa de prueba").param("foundedOn", "2025-03-01")
                        .param("frequency", "MONTHLY").param("usualStartsAt", "09:30").param("usualEndsAt", "12:00")
                        .param("coFacilitatorProgramIds", opd.toString(), edt.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        select count(*) from mesa_member mm join mesa m on m.id = mm.mesa_id
                         where m.comuna_code = ? and mm.co_facilitator""").param(comuna).query(Integer.class).single())
                .isEqualTo(2);
        mvc.perform(get("/mesas/new").param("comunaCode", comuna).with(fixtures.as(w.otherManager())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mesas/new").with(fixtures.as(w.member()))).andExpect(status().isForbidden());
    }

    @Test
    void theSummaryShowsSettingsAndCountsAndTheSettingsFormRefusesBadTimesNextToTheField() throws Exception {
        mvc.perform(get(base).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sala de reuniones de la OPD"),
                        containsString("09:30 a 12:00 h"), containsString("3 permanentes y 1 eventual"),
                        containsString("Ningún acuerdo abierto"), containsString("No hay sesiones programadas."),
                        not(containsString(base + "/settings")))));
        mvc.perform(get(base + "/settings").with(fixtures.as(w.member()))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/settings").with(fixtures.as(w.coFacilitator()))).andExpect(status().isOk());
        mvc.perform(post(base + "/settings").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("name", "Mesa Comunal Renombrada").param("foundedOn", "2024-03-01")
                        .param("frequency", "MONTHLY").param("usualStartsAt", "12:00").param("usualEndsAt", "10:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("usualEndsAt-error"),
                        containsString("La hora de término debe ser posterior a la de inicio."),
                        containsString("value=\"Mesa Comunal Renombrada\""))));
        mvc.perform(post(base + "/settings").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "7").param("name", "Mesa").param("foundedOn", "2024-03-01").param("frequency", "MONTHLY"))
                .andExpect(status().isConflict());
        // The admin sets up, but reads no sessions, plans or activities.
        mvc.perform(get(base).with(fixtures.as(w.admin())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Próxima sesión"))));
        mvc.perform(get(base + "/plan").with(fixtures.as(w.admin()))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(fixtures.as(w.outsider()))).andExpect(status().isNotFound());
    }

    @Test
    void membersPageGroupsMembersAndTheLastCoFacilitatorErrorIsShownInSpanish() throws Exception {
        mvc.perform(get(base + "/members").with(fixtures.as(w.national())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Integrantes permanentes"),
                        containsString("Integrantes eventuales"), containsString("CESFAM de prueba"),
                        containsString("Olga Ortiz"), containsString("olga.opd@prueba.cl"),
                        containsString("Historial de integrantes"), containsString("Se incorpora"),
                        containsString("Olga Ortiz asume como representante"), not(containsString("Agregar integrante")))));
        mvc.perform(post(base + "/members/" + w.edtMember() + "/co-facilitation").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", version(w.edtMember())).param("coFacilitator", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/members/" + w.opdMember() + "/co-facilitation").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", version(w.opdMember())).param("coFacilitator", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("es el último co-facilitador de la Mesa")));
        mvc.perform(post(base + "/members/" + w.pieMember() + "/leave").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", version(w.pieMember())).param("leftOn", "2024-01-01").param("leftReason", "Cierre"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("leftOn-error"),
                        containsString("La fecha es anterior a su incorporación (01-03-2024)."), containsString("value=\"Cierre\""))));
        mvc.perform(post(base + "/members").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("kind", "SECTOR").param("sectorCode", "EDUCACION").param("name", "Liceo Bicentenario")
                        .param("participation", "OCCASIONAL").param("joinedOn", "2025-03-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/members").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("kind", "PROGRAM").param("name", "Sin programa")
                        .param("participation", "OCCASIONAL").param("joinedOn", "2025-03-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("programId-error"), containsString("Elija un programa de la red."))));
        mvc.perform(post(base + "/members").with(fixtures.as(w.member())).with(csrf())
                        .param("kind", "SECTOR").param("sectorCode", "SALUD").param("participation", "OCCASIONAL")
                        .param("joinedOn", "2025-03-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/members").with(fixtures.as(w.member())))
                .andExpect(content().string(allOf(containsString("Liceo Bicentenario"), containsString("Deja la co-facilitación"))));
    }

    @Test
    void aRepresentativeAddedWithoutNameNorStartIsRefusedOnBothFieldsKeepingWhatWasTyped() throws Exception {
        mvc.perform(post(base + "/members/" + w.opdMember() + "/representatives").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("fullName", "").param("position", "Trabajadora social").param("since", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("fullName-error"), containsString("since-error"),
                        containsString("value=\"Trabajadora social\""))));
    }

    @Test
    void aRepresentationEndsFromItsPageWhichSendsTheVersionItShows() throws Exception {
        UUID olga = jdbc.sql("select id from mesa_representative where member_id = ?").param(w.opdMember())
                .query(UUID.class).single();
        String page = base + "/members/" + w.opdMember() + "/representatives/" + olga;
        mvc.perform(get(page).with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Olga Ortiz\""),
                        containsString("name=\"version\" value=\"0\""))));
        mvc.perform(post(page + "/end").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("until", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("until-error"), containsString("value=\"Olga Ortiz\""))));
        mvc.perform(post(page + "/end").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("until", "2025-06-30"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select until from mesa_representative where id = ?").param(olga).query(String.class)
                .single()).isEqualTo("2025-06-30");
    }

    @Test
    void planAndActivitiesAreEditedByCoFacilitatorsAndReadByMembers() throws Exception {
        mvc.perform(post(base + "/plan").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("periodKind", "SEMESTER").param("year", "2025").param("title", "Plan 2025"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("semester-error"), containsString("value=\"Plan 2025\""))));
        mvc.perform(post(base + "/plan").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("periodKind", "YEAR").param("year", "2025").param("title", "Plan anual 2025"))
                .andExpect(status().is3xxRedirection());
        UUID plan = jdbc.sql("select id from mesa_plan where mesa_id = ?").param(w.mesaId()).query(UUID.class).single();
        mvc.perform(post(base + "/plan/" + plan + "/objectives").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("text", "Difundir la Mesa en las escuelas"))
                .andExpect(status().is3xxRedirection());
        UUID objective = jdbc.sql("select id from mesa_plan_objective where plan_id = ?").param(plan).query(UUID.class).single();
        long version = jdbc.sql("select version from mesa_plan where id = ?").param(plan).query(Long.class).single();
        mvc.perform(post(base + "/plan/" + plan + "/objectives/" + objective + "/activities").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", String.valueOf(version)).param("description", "Charla en el liceo")
                        .param("status", "DONE").param("responsibleMemberId", w.opdMember().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("doneOn-error"),
                        containsString("Indique la fecha en que se realizó la actividad."), containsString("Charla en el liceo"))));
        mvc.perform(post(base + "/plan/" + plan + "/objectives/" + objective + "/activities").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", String.valueOf(version)).param("description", "Charla en el liceo")
                        .param("status", "DONE").param("doneOn", "2025-05-02").param("plannedOn", "2025-05-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/plan").with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Plan anual 2025"),
                        containsString("1 de 1 actividad realizada (100 %)"), containsString("Realizada"),
                        not(containsString("Editar el plan")))));
        mvc.perform(get(base + "/plan/" + plan).with(fixtures.as(w.member()))).andExpect(status().isForbidden());

        mvc.perform(post(base + "/activities").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("kind", "OUTREACH_COMMUNITY").param("title", "Feria en la plaza").param("heldOn", "2025-06-14")
                        .param("participantsCount", "muchos"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("participantsCount-error"), containsString("value=\"muchos\""))));
        mvc.perform(post(base + "/activities").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("kind", "OUTREACH_COMMUNITY").param("title", "Feria en la plaza").param("heldOn", "2025-06-14")
                        .param("participantsCount", "120").param("audience", "Vecinos del sector norte"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/activities").with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Feria en la plaza"),
                        containsString("Difusión en la comunidad (barrios)"), containsString("14-06-2025"),
                        containsString("Vecinos del sector norte"), not(containsString("Registrar actividad")))));
        mvc.perform(get(base + "/activities/new").with(fixtures.as(w.member()))).andExpect(status().isForbidden());
    }

    private String version(UUID memberId) {
        return String.valueOf(jdbc.sql("select version from mesa_member where id = ?").param(memberId).query(Long.class).single());
    }
}

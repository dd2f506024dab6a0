package cl.circuito.mesas.sessions.web;

import cl.circuito.testing.RutShapes;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionViews;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.ProgramFlows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sessions' pages and API, and the flows summary on known waiting-list data. */
@CircuitoTest
class SessionPagesTests {

    private static final String RUT = RutShapes.REGEX;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired SessionViews views;
    @Autowired EntryDecisions decisions;
    @Autowired AdmissionPlanning admissionPlanning;
    @Autowired Admissions admissions;
    @Autowired JdbcClient jdbc;

    @Test
    void theFlowsItemCountsTheMesasProgramsSinceThePreviousSessionWithoutNames() throws Exception {
        MesaWorld w = mesaFixtures.world();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Santiago"));
        UUID court = fixtures.referrer("FAMILY_COURT");
        // Admitted first: the month's plan proposes whoever waits, and nobody else waits yet. Admitted within the
        // month it is scheduled for, after an interview held once scheduled (today).
        UUID admitted = fixtures.referral(w.member(), w.pie(), court).surnamed("Zapallar").receivedDaysAgo(30)
                .waiting().register().id();
        admissionPlanning.confirm(w.member(), w.pie(), YearMonth.from(today), List.of(admitted), Map.of());
        admissions.recordInterview(w.member(), admitted, fixtures.version("waiting_list_entry", admitted), today,
                "NNA y su madre", true, "Pasaje Uno 123", null);
        admissions.admit(w.member(), admitted, fixtures.version("waiting_list_entry", admitted), today);
        fixtures.referral(w.member(), w.pie(), court).surnamed("Zapallar").receivedDaysAgo(40).register();
        fixtures.referral(w.member(), w.pie(), court).surnamed("Zapallar").receivedDaysAgo(20).waiting().register();
        fixtures.referral(w.member(), w.pie(), court).surnamed("Zapallar").receivedDaysAgo(6).waiting().register();
        UUID notEligible = fixtures.referral(w.member(), w.pie(), court).surnamed("Zapallar").receivedDaysAgo(3)
                .register().id();
        decisions.declareNotEligible(w.member(), notEligible, fixtures.version("waiting_list_entry", notEligible), today,
                "No corresponde al perfil", null, "PPF de la comuna");

        mesaFixtures.session(w, today.minusDays(15));
        MesaSession session = mesaFixtures.session(w, today);
        SessionViews.FlowsSummary flows = views.page(w.coFacilitator(), w.mesaId(), session.id()).flows();
        assertThat(flows.from()).isEqualTo(today.minusDays(15));
        assertThat(flows.programs()).extracting(ProgramFlows.Flow::programId).containsExactlyInAnyOrder(w.opd(), w.edt(), w.pie());
        ProgramFlows.Flow pie = flows.programs().stream().filter(f -> f.programId().equals(w.pie())).findFirst().orElseThrow();
        assertThat(pie).isEqualTo(new ProgramFlows.Flow(w.pie(), pie.programName(), "PIE", 2, 1, 1, 0, 2, 13, 20, 1));
        ProgramFlows.Flow opd = flows.programs().stream().filter(f -> f.programId().equals(w.opd())).findFirst().orElseThrow();
        assertThat(opd.received() + opd.waiting() + opd.overdueDecisions()).isZero();
        assertThat(opd.medianWaitDays()).isNull();
        // The comuna's capacity, as the circuit's capacity view counts it: the list now, in counts.
        int onList = jdbc.sql("""
                        select count(*) from waiting_list_entry e join program p on p.id = e.program_id
                         where p.comuna_code = ? and p.active and e.status <> 'EXITED'""")
                .param(w.comunaCode()).query(Integer.class).single();
        assertThat(flows.capacity().figures().onList()).isEqualTo(onList).isGreaterThanOrEqualTo(3);
        assertThat(flows.capacity().trend()).hasSize(4);
        assertThat(flows.capacity().trend().get(3).onListAtEnd()).isEqualTo(onList);

        String page = mvc.perform(get("/mesas/{m}/sessions/{s}", w.mesaId(), session.id()).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Derivaciones recibidas")))
                .andExpect(content().string(containsString("1 vencida")))
                .andExpect(content().string(containsString("Lectura del acta anterior")))
                .andExpect(content().string(containsString("Capacidad de la comuna (hoy; solo conteos)")))
                .andExpect(content().string(containsString("Plazas necesarias para que la espera quede bajo la meta en 6 meses")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Zapallar").doesNotContainPattern(RUT);
        assertThat(page).doesNotContain("Enviar convocatoria por correo");
    }

    @Test
    void coFacilitatorsScheduleFromTheListAndADateBeforeTheFoundingIsRefusedNextToTheDate() throws Exception {
        MesaWorld w = mesaFixtures.world();
        mvc.perform(get("/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Programar sesión")))
                .andExpect(content().string(containsString("Fechas propuestas según la periodicidad")));
        mvc.perform(get("/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Programar sesión"))));
        mvc.perform(get("/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.outsider())))
                .andExpect(status().isNotFound());

        // A past date is not scheduled: the message points to recording a session already held.
        mvc.perform(post("/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("heldOn", "2024-01-15").param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("El 15-01-2024 ya pasó: una sesión se programa desde hoy. "
                        + "Para dejar constancia de una sesión que ya se realizó use «Registrar una sesión ya realizada».")))
                .andExpect(content().string(containsString("value=\"Sala OPD\"")));
        mvc.perform(post("/mesas/{m}/sessions/past", w.mesaId()).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("heldOn", "2024-01-15").param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala OPD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La fecha es anterior a la fundación de la Mesa (01-03-2024).")))
                .andExpect(content().string(containsString("id=\"past-heldOn-error\"")))
                .andExpect(content().string(containsString("value=\"Sala OPD\"")));
        // The page's forms check the place as the API does, next to the field.
        mvc.perform(post("/mesas/{m}/sessions/past", w.mesaId()).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("heldOn", "2024-06-11").param("startsAt", "09:30").param("endsAt", "12:00")
                        .param("place", "Sala ".repeat(61)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"past-place-error\"")))
                .andExpect(content().string(containsString("El campo «Lugar» admite como máximo 300 caracteres.")));
        mvc.perform(post("/mesas/{m}/sessions/proposed", w.mesaId()).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("dates", "2027-05-11").param("dates", "2027-06-08"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/mesas/{m}/sessions/proposed", w.mesaId()).with(fixtures.as(w.member())).with(csrf())
                        .param("dates", "2027-07-13"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.member())))
                .andExpect(content().string(containsString("11-05-2027")))
                .andExpect(content().string(containsString("08-06-2027")));
    }

    @Test
    void attendanceIsRecordedOnOneFormAndTheCalendarFileDownloads() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession session = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String form = mvc.perform(get("/mesas/{m}/sessions/{s}/attendance", w.mesaId(), session.id())
                        .with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Olga Ortiz")))
                .andExpect(content().string(containsString("Excusa")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("Sergio Salas");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).as("the form carries the session's version").isTrue();
        // A status that is none of them (sent by hand): the form again, nothing recorded.
        mvc.perform(post("/mesas/{m}/sessions/{s}/attendance", w.mesaId(), session.id())
                        .with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", version.group(1))
                        .param("lines[0].memberId", w.opdMember().toString())
                        .param("lines[0].status", "MAYBE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Guardar asistencia")));
        assertThat(jdbc.sql("select count(*) from mesa_attendance where session_id = ?").param(session.id())
                .query(Long.class).single()).isZero();
        mvc.perform(post("/mesas/{m}/sessions/{s}/attendance", w.mesaId(), session.id())
                        .with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", version.group(1))
                        .param("lines[0].memberId", w.opdMember().toString())
                        .param("lines[0].representativeId", representative(w.opdMember()).toString())
                        .param("lines[0].status", "PRESENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.member())))
                .andExpect(content().string(containsString("Realizada")));
        mvc.perform(post("/mesas/{m}/sessions/{s}/attendance", w.mesaId(), session.id())
                        .with(fixtures.as(w.member())).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/mesas/{m}/sessions/{s}/invitation.ics", w.mesaId(), session.id()).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(containsString("UID:" + session.id() + "@circuito")));
        mvc.perform(get("/mesas/{m}/sessions/attendance", w.mesaId()).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tasas de asistencia")))
                .andExpect(content().string(containsString("Bajo 60 %")));
    }

    @Test
    void theApiSchedulesEditsTheAgendaAndRecordsAttendanceWithinStanding() throws Exception {
        MesaWorld w = mesaFixtures.world();
        mvc.perform(post("/api/v1/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"2024-02-01\",\"startsAt\":\"09:30\",\"endsAt\":\"12:00\",\"place\":\"Sala\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        mvc.perform(post("/api/v1/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.member())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dates\":[\"2025-04-08\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.outsider())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/mesas/{m}/sessions", w.mesaId()).with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"dates\":[\"2025-04-08\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dates"))
                .andExpect(jsonPath("$.detail", containsString("Registrar una sesión ya realizada")));
        String created = mvc.perform(post("/api/v1/mesas/{m}/sessions/past", w.mesaId()).with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"2025-04-08\",\"startsAt\":\"09:30\",\"endsAt\":\"12:00\",\"place\":\"Sala\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.agenda[2].kind").value("AGREEMENTS"))
                .andReturn().getResponse().getContentAsString();
        String sessionId = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/mesas/{m}/sessions/{s}/agenda", w.mesaId(), sessionId).with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post("/api/v1/mesas/{m}/sessions/{s}/agenda", w.mesaId(), sessionId).with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Presentación SENDA\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(9));
        String read = mvc.perform(get("/api/v1/mesas/{m}/sessions/{s}", w.mesaId(), sessionId).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[9].title").value("Presentación SENDA"))
                .andReturn().getResponse().getContentAsString();
        Number version = com.jayway.jsonpath.JsonPath.read(read, "$.version");
        mvc.perform(put("/api/v1/mesas/{m}/sessions/{s}/attendance", w.mesaId(), sessionId).with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"lines\":[{\"memberId\":\"" + w.pieMember() + "\",\"representativeId\":\""
                                + representative(w.pieMember()) + "\",\"status\":\"PRESENT\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taken").value(true));
        mvc.perform(get("/api/v1/mesas/{m}/attendance-rates", w.mesaId()).with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months[0].present").value(1));
        mvc.perform(get("/api/v1/mesas/{m}/sessions/proposed", w.mesaId()).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6));
        mvc.perform(post("/api/v1/mesas/{m}/sessions/{s}/held", w.mesaId(), sessionId).with(fixtures.as(w.member())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private UUID representative(UUID memberId) {
        return jdbc.sql("select id from mesa_representative where member_id = ?").param(memberId).query(UUID.class).single();
    }
}

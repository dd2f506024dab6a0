package cl.circuito.mesas.sessions.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.PdfText;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class MinutesApiTests {

    @Autowired MockMvc mvc;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + tokens.create(actor, "integración").secret());
    }

    /** The version of a session's minutes as an API client reads them. */
    private long minutesVersion(Actor actor, String url) throws Exception {
        String read = mvc.perform(as(actor, get(url))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(read, "$.version")).longValue();
    }

    private MockHttpServletRequestBuilder json(Actor actor, MockHttpServletRequestBuilder request, String body) {
        return as(actor, request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void minutesAreWrittenSentApprovedAndThenRefuseChangesOverTheApi() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.pending(w, LocalDate.of(2025, 4, 8));
        MesaSession second = mesaFixtures.pending(w, LocalDate.of(2025, 5, 13));
        UUID welcome = first.itemOfKind(AgendaItemKind.WELCOME).orElseThrow().id();
        String base = "/api/v1/mesas/" + w.mesaId() + "/sessions/";

        String read = mvc.perform(as(w.member(), get(base + first.id() + "/minutes")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesStatus").value("DRAFT"))
                .andExpect(jsonPath("$.items[0].title").value("Bienvenida"))
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(read, "$.version")).longValue();
        mvc.perform(json(w.member(), put(base + first.id() + "/minutes/items/" + welcome),
                        "{\"version\": " + version + ", \"notes\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(w.outsider(), put(base + first.id() + "/minutes/items/" + welcome),
                        "{\"version\": " + version + ", \"notes\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(json(w.coFacilitator(), put(base + first.id() + "/minutes/items/" + welcome),
                        "{\"version\": " + (version + 7) + ", \"notes\": \"x\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(w.coFacilitator(), put(base + first.id() + "/minutes/items/" + welcome),
                        "{\"version\": " + version + ", \"notes\": \"Bienvenida a la señora Núñez\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].notes").value("Bienvenida a la señora Núñez"));
        mvc.perform(json(w.coFacilitator(), post(base + first.id() + "/minutes/circulate"),
                        "{\"version\": " + (version + 1) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Registre primero que la sesión se realizó")));
        jdbc.sql("update mesa_session set status = 'HELD' where id = ?").param(first.id()).update();
        mvc.perform(json(w.coFacilitator(), post(base + first.id() + "/minutes/circulate"),
                        "{\"version\": " + (version + 1) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesStatus").value("CIRCULATED"));

        mvc.perform(as(w.coFacilitator(), get(base + second.id() + "/minutes")))
                .andExpect(jsonPath("$.previousToApprove.number").value(first.number()));
        // Approving names the version of the minutes approved, as read.
        long circulated = minutesVersion(w.coFacilitator(), base + first.id() + "/minutes");
        mvc.perform(json(w.coFacilitator(), post(base + second.id() + "/minutes/approve-previous"),
                        "{\"approvedBy\": \"Integrantes presentes, por consenso\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("previousVersion"));
        // The second session has not taken place for the record yet (no attendance): refused, in Spanish.
        mvc.perform(json(w.coFacilitator(), post(base + second.id() + "/minutes/approve-previous"),
                        "{\"previousVersion\": " + circulated + ", \"approvedBy\": \"Integrantes presentes, por consenso\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("solo se aprueba en una sesión ya realizada")));
        mesaFixtures.attend(w, second);
        mvc.perform(json(w.coFacilitator(), post(base + second.id() + "/minutes/approve-previous"),
                        "{\"previousVersion\": " + circulated + ", \"approvedBy\": \"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("approvedBy"));
        mvc.perform(json(w.coFacilitator(), post(base + second.id() + "/minutes/approve-previous"),
                        "{\"previousVersion\": " + circulated
                                + ", \"approvedBy\": \"Integrantes presentes, por consenso\", \"corrections\": \"Apellido corregido\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesStatus").value("APPROVED"))
                .andExpect(jsonPath("$.approvedOn").value("2025-05-13"))
                .andExpect(jsonPath("$.approvedIn.number").value(second.number()))
                .andExpect(jsonPath("$.corrections").value("Apellido corregido"));
        mvc.perform(json(w.coFacilitator(), post(base + second.id() + "/minutes/approve-previous"),
                        "{\"previousVersion\": " + minutesVersion(w.coFacilitator(), base + first.id() + "/minutes")
                                + ", \"approvedBy\": \"Otra vez\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("ya fue aprobada")));
        long approvedVersion = jdbc.sql("select version from mesa_session where id = ?").param(first.id())
                .query(Long.class).single();
        mvc.perform(json(w.coFacilitator(), put(base + first.id() + "/minutes/items/" + welcome),
                        "{\"version\": " + approvedVersion + ", \"notes\": \"Cambiado\"}"))
                .andExpect(status().isConflict());
        byte[] pdf = mvc.perform(as(w.manager(), get(base + first.id() + "/minutes.pdf")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf).text()).contains("Bienvenida a la señora Núñez");
    }

    @Test
    void agreementsAreCreatedAmendedClosedWithANoteAndListedAcrossMesasOverTheApi() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String base = "/api/v1/mesas/" + w.mesaId() + "/agreements";

        mvc.perform(json(w.coFacilitator(), post(base), "{\"sessionId\": \"" + first.id() + "\", \"text\": \"Coordinar\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("responsibleMemberId"));
        mvc.perform(json(w.member(), post(base), "{\"sessionId\": \"" + first.id() + "\", \"text\": \"Coordinar\", "
                        + "\"responsibleMemberId\": \"" + w.pieMember() + "\"}"))
                .andExpect(status().isForbidden());
        String created = mvc.perform(json(w.coFacilitator(), post(base), "{\"sessionId\": \"" + first.id()
                        + "\", \"text\": \"Coordinar con el CESFAM\", \"responsibleMemberId\": \"" + w.pieMember()
                        + "\", \"dueOn\": \"2025-04-30\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.history.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");

        String changed = mvc.perform(json(w.coFacilitator(), put(base + "/" + id), "{\"version\": " + version
                        + ", \"text\": \"Coordinar con el CESFAM la hora de salud mental\", \"responsibleMemberId\": \""
                        + w.pieMember() + "\", \"dueOn\": \"2025-05-15\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Coordinar con el CESFAM la hora de salud mental"))
                .andReturn().getResponse().getContentAsString();
        int amended = JsonPath.read(changed, "$.version");
        mvc.perform(json(w.member(), post(base + "/" + id + "/status"), "{\"status\": \"DONE\", \"note\": \"Hora tomada.\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(json(w.member(), post(base + "/" + id + "/status"), "{\"version\": " + version
                        + ", \"status\": \"DONE\", \"note\": \"Hora tomada.\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(w.member(), post(base + "/" + id + "/status"), "{\"version\": " + amended
                        + ", \"status\": \"NOT_DONE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        String done = mvc.perform(json(w.member(), post(base + "/" + id + "/status"), "{\"version\": " + amended
                        + ", \"status\": \"DONE\", \"note\": \"Hora tomada.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.closingNote").value("Hora tomada."))
                .andReturn().getResponse().getContentAsString();
        int closed = JsonPath.read(done, "$.version");
        mvc.perform(json(w.member(), post(base + "/" + id + "/status"), "{\"version\": " + closed
                        + ", \"status\": \"OPEN\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("El acuerdo está cerrado: ya no cambia."));
        mvc.perform(as(w.manager(), get(base).param("state", "CLOSED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(as(w.member(), get("/api/v1/mesas/my-agreements")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(as(w.outsider(), get(base))).andExpect(status().isNotFound());
    }
}

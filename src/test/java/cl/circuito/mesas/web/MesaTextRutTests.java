package cl.circuito.mesas.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.sessions.MesaSession;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No RUT in a Mesa's texts, on both channels: a page shows the reason next to each field that has one and keeps
 * everything typed; the API answers 422 naming every such field; nothing is saved. Dates, court numbers, phones and
 * amounts in the same texts are accepted.
 */
@CircuitoTest
class MesaTextRutTests {

    static final String WHY = "No escriba RUT en los textos de la Mesa: identifique al niño, niña o adolescente solo por sus iniciales y edad.";
    private static final String BACKGROUND = "answers[2f4b9a10-0001-4000-8000-000000000024]";
    private static final String INTERVENTIONS = "answers[2f4b9a10-0002-4000-8000-000000000024]";
    private static final String KNOTS = "answers[2f4b9a10-0004-4000-8000-000000000024]";
    private static final String QUESTION = "answers[2f4b9a10-0005-4000-8000-000000000024]";
    /** What a Mesa's text may well contain and is not a RUT. */
    private static final String NOT_A_RUT = "Audiencia del 15-03-2026, RIT C-1234-2026, RUC 2600123456-7; "
            + "CESFAM fono +56 42 223 4567, celular 912345678; aporte de $1.500.000.";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void aCaseReviewWithRutsComesBackWithTheReasonNextToEachFieldAndEverythingTyped() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        String url = "/mesas/" + w.mesaId() + "/sessions/" + april.id() + "/case-reviews";

        String page = body(mvc.perform(post(url).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("initials", "R.P.")
                        .param("age", "12").param("criterion", "NO_PROGRESS")
                        .param(BACKGROUND, "Vive con su abuela (RUT 12.345.678-5).")
                        .param(INTERVENTIONS, "Visitas semanales").param(KNOTS, "Sin avances")
                        .param(QUESTION, "¿Quién coordina?").param("discussion", "Ficha 123456785 del programa.")
                        .param("strategies[0].text", "Oficiar por el 12345678-5")
                        .param("strategies[0].responsibleMemberId", w.opdMember().toString())
                        .param("strategies[0].responsiblePerson", "Olga Ortiz"))
                .andExpect(status().isUnprocessableContent()));

        assertThat(page).contains("id=\"answer-2f4b9a10-0001-4000-8000-000000000024-error\"", "id=\"discussion-error\"")
                .contains("Vive con su abuela (RUT 12.345.678-5).", "Ficha 123456785 del programa.",
                        "Oficiar por el 12345678-5", "Visitas semanales", "¿Quién coordina?", "Olga Ortiz");
        assertThat(page.split(WHY, -1)).as("the reason next to each of the three fields and in the list at the top")
                .hasSize(7);
        assertThat(count("select count(*) from mesa_case where mesa_id = ?", w.mesaId())).isZero();

        mvc.perform(post(url).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("presentingMemberId", w.pieMember().toString()).param("initials", "R.P.")
                        .param("age", "12").param("criterion", "NO_PROGRESS")
                        .param(BACKGROUND, NOT_A_RUT).param(INTERVENTIONS, "Visitas semanales").param(KNOTS, "Sin avances")
                        .param(QUESTION, "¿Quién coordina?").param("discussion", NOT_A_RUT))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void minutesAgreementsAndTheAgendaRefuseARutNextToTheFieldOnTheirPages() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        UUID welcome = april.itemOfKind(AgendaItemKind.WELCOME).orElseThrow().id();
        String session = "/mesas/" + w.mesaId() + "/sessions/" + april.id();
        long version = count("select version from mesa_session where id = ?", april.id());

        String minutes = body(mvc.perform(post(session + "/minutes/items/" + welcome).with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("version", String.valueOf(version))
                        .param("notes", "Se presenta la madre, RUN 7.654.321-6.").param("decisions", "Se agenda visita."))
                .andExpect(status().isUnprocessableContent()));
        assertThat(minutes).contains("id=\"notes-" + welcome + "-error\"", WHY, "Se presenta la madre, RUN 7.654.321-6.",
                "Se agenda visita.");

        String agreement = body(mvc.perform(post(session + "/minutes/agreements").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("agendaItemId", welcome.toString()).param("text", "Coordinar la visita domiciliaria")
                        .param("responsibleMemberId", w.pieMember().toString())
                        .param("responsiblePerson", "Pía Paredes 15.123.456-K"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(agreement).contains("-person-error\"", WHY, "Coordinar la visita domiciliaria", "Pía Paredes 15.123.456-K");
        assertThat(count("select count(*) from mesa_agreement where mesa_id = ?", w.mesaId())).isZero();

        String agenda = body(mvc.perform(post(session + "/agenda/" + welcome).with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("title", "Bienvenida").param("description", "Caso del RUT 12345678")
                        .param("presenter", "Olga Ortiz"))
                .andExpect(status().isBadRequest()));
        assertThat(agenda).contains(WHY, "Caso del RUT 12345678", "Olga Ortiz", "is-invalid");

        mvc.perform(post(session + "/minutes/items/" + welcome).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", String.valueOf(version)).param("notes", NOT_A_RUT))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theNetworkMapAndTheReflectionRefuseARutOnTheirPages() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String note = body(mvc.perform(post("/mesas/" + w.mesaId() + "/network/notes").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("text", "Falta el colegio del 21.456.789-0"))
                .andExpect(status().isBadRequest()));
        assertThat(note).contains("id=\"text-error\"", WHY, "Falta el colegio del 21.456.789-0");

        String reflection = body(mvc.perform(post("/mesas/" + w.mesaId() + "/reflections").with(fixtures.as(w.coFacilitator()))
                        .with(csrf()).param("year", "2025").param("semester", "1")
                        .param("intraNotes", "Buen trabajo del equipo.").param("riskNotes", "El caso 123456785 preocupa."))
                .andExpect(status().isBadRequest()));
        assertThat(reflection).contains("id=\"riskNotes-error\"", WHY, "Buen trabajo del equipo.", "El caso 123456785 preocupa.");
        assertThat(count("select count(*) from mesa_reflection where mesa_id = ?", w.mesaId())).isZero();
    }

    @Test
    void theApiAnswers422NamingEachFieldWithARut() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        UUID welcome = april.itemOfKind(AgendaItemKind.WELCOME).orElseThrow().id();
        String base = "/api/v1/mesas/" + w.mesaId();
        long version = count("select version from mesa_session where id = ?", april.id());

        mvc.perform(json(w.coFacilitator(), put(base + "/sessions/" + april.id() + "/minutes/items/" + welcome),
                        "{\"version\": " + version + ", \"notes\": \"RUT 12.345.678-5\", \"decisions\": \"123456785\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("notes", "decisions")))
                .andExpect(jsonPath("$.errors[0].message").value(WHY));
        mvc.perform(json(w.member(), post(base + "/sessions/" + april.id() + "/case-reviews"), """
                        {"newCase": {"presentingMemberId": "%s", "initials": "RPS", "age": 12},
                         "criterion": "NO_PROGRESS",
                         "answers": {"2f4b9a10-0001-4000-8000-000000000024": "Madre: 9.876.543-3",
                                     "2f4b9a10-0002-4000-8000-000000000024": "Visitas",
                                     "2f4b9a10-0004-4000-8000-000000000024": "Sin avances",
                                     "2f4b9a10-0005-4000-8000-000000000024": "¿Quién?"},
                         "strategies": [{"text": "Oficio por 12345678-5", "responsibleMemberId": "%s"}]}"""
                        .formatted(w.pieMember(), w.pieMember())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(
                        "answers[2f4b9a10-0001-4000-8000-000000000024]", "strategies[0].text")));
        mvc.perform(json(w.coFacilitator(), post(base + "/agreements"), """
                        {"sessionId": "%s", "text": "Revisar el RUT 12345678-5", "responsibleMemberId": "%s"}"""
                        .formatted(april.id(), w.pieMember())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(json(w.coFacilitator(), post(base + "/network/notes"), "{\"text\": \"Colegio del RUT 21456789-0\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(json(w.coFacilitator(), put(base + "/reflections/2025/1"), "{\"achievementNotes\": \"Niño 123456785\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("achievementNotes"));
        assertThat(count("select count(*) from mesa_case where mesa_id = ?", w.mesaId())
                + count("select count(*) from mesa_agreement where mesa_id = ?", w.mesaId())
                + count("select count(*) from network_note where mesa_id = ?", w.mesaId())
                + count("select count(*) from mesa_reflection where mesa_id = ?", w.mesaId())).isZero();

        mvc.perform(json(w.coFacilitator(), put(base + "/sessions/" + april.id() + "/minutes/items/" + welcome),
                        "{\"version\": " + version + ", \"notes\": \"" + NOT_A_RUT + "\"}"))
                .andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder json(Actor actor, MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", "Bearer " + tokens.create(actor, "integración").secret())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

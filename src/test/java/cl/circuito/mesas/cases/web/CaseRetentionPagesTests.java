package cl.circuito.mesas.cases.web;

import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseReview;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.cases.CaseTestData;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.privacy.DisposableRecords;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Mesa's decision on how long it keeps its closed cases, on the case settings page and over JSON, and the pages
 * that show a case after its disposal: the case list, the case, the session's reviews, the minutes and their PDF.
 */
@CircuitoTest
class CaseRetentionPagesTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final int YEAR = TODAY.getYear() - 2;
    private static final String LABEL = "«Conservación de los casos revisados»";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired CaseReviewing reviewing;
    @Autowired List<DisposableRecords> disposables;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void coFacilitatorsDecideTheYearsOnTheCaseSettingsPageWithErrorsInSpanishNamingTheField() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String url = "/mesas/" + w.mesaId() + "/presentation-format";

        String page = body(mvc.perform(get(url).with(fixtures.as(w.coFacilitator()))).andExpect(status().isOk()));
        assertThat(page).contains("Conservación de los casos revisados",
                "el caso queda en la lista para eliminar: una o un co-facilitador lo elimina indicando el motivo, se borran sus iniciales, textos y respuestas, y los conteos de la Mesa se mantienen",
                "La Mesa aún no decide", "name=\"keepYears\"", "id=\"retention-version\"");

        String text = body(mvc.perform(post(url + "/retention").with(fixtures.as(w.coFacilitator())).with(csrf())
                .param("keepYears", "doce").param("version", "")).andExpect(status().isUnprocessableContent()));
        assertThat(text).contains("El campo " + LABEL + " debe ser un número entero.", "id=\"keepYears-error\"",
                "value=\"doce\"");
        for (String wrong : List.of("0", "31")) {
            String refused = body(mvc.perform(post(url + "/retention").with(fixtures.as(w.coFacilitator())).with(csrf())
                    .param("keepYears", wrong).param("version", "")).andExpect(status().isUnprocessableContent()));
            assertThat(refused).contains("El campo " + LABEL + " admite un número entero de años, de 1 a 30",
                    "id=\"keepYears-error\"", "value=\"" + wrong + "\"");
        }
        assertThat(jdbc.sql("select count(*) from mesa_case_settings where mesa_id = ?").param(w.mesaId())
                .query(Integer.class).single()).isZero();

        mvc.perform(post(url + "/retention").with(fixtures.as(w.member())).with(csrf()).param("keepYears", "5"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/retention").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("keepYears", "5").param("version", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "La Mesa conservará sus casos cerrados 5 años desde su cierre."));
        mvc.perform(post(url + "/retention").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("keepYears", "6").param("version", "7"))
                .andExpect(status().isConflict());
        assertThat(body(mvc.perform(get(url).with(fixtures.as(w.member()))).andExpect(status().isOk())))
                .contains("La Mesa conserva cada caso cerrado y sus análisis 5 años desde su cierre (decidido por "
                        + w.coFacilitator().displayName())
                .doesNotContain("name=\"keepYears\"");

        String api = "/api/v1/mesas/" + w.mesaId() + "/case-retention";
        String coFacilitator = bearer(w.coFacilitator());
        mvc.perform(get(api).header("Authorization", bearer(w.manager()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.keepYears").value(5)).andExpect(jsonPath("$.version").value(0));
        mvc.perform(put(api).header("Authorization", coFacilitator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keepYears\": 31, \"version\": 0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("keepYears"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "El campo " + LABEL + " admite un número entero de años, de 1 a 30; déjelo vacío mientras la Mesa no lo decide."));
        mvc.perform(put(api).header("Authorization", coFacilitator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keepYears\": \"doce\", \"version\": 0}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("keepYears"));
        mvc.perform(put(api).header("Authorization", coFacilitator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keepYears\": 10}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put(api).header("Authorization", bearer(w.member())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keepYears\": 10, \"version\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(api).header("Authorization", coFacilitator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keepYears\": 10, \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keepYears").value(10)).andExpect(jsonPath("$.version").value(1));
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'mesacases.audit.retentionDecided'")
                .param(w.mesaId()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aDisposedCaseShowsAsCasoEliminadoOnEveryPageThatShowedIt() throws Exception {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(YEAR, 4, 8));
        MesaSession may = mesaFixtures.session(w, LocalDate.of(YEAR, 5, 13));
        CaseReview review = reviewing.present(w.member(), w.mesaId(), april.id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(w.pieMember(), null, "J.P.G.", 12, CaseSex.MALE), CaseCriterion.NO_PROGRESS,
                CaseTestData.nationalAnswers("¿Quién acompaña a la familia Quintanilla?"), "Discusión reservada",
                List.of(new CaseReviewing.Strategy("Visita conjunta con CESFAM", w.healthMember(), null, null))));
        UUID caseId = review.caseId();
        reviewing.close(w.member(), w.mesaId(), caseId, fixtures.version("mesa_case", caseId), "Nota de cierre reservada");
        jdbc.sql("update mesa_case set closed_on = ? where id = ?").params(LocalDate.of(YEAR, 6, 1), caseId).update();
        mvc.perform(post("/mesas/" + w.mesaId() + "/presentation-format/retention").with(fixtures.as(w.coFacilitator()))
                .with(csrf()).param("keepYears", "1").param("version", "")).andExpect(status().is3xxRedirection());
        DisposableRecords cases = disposables.stream().filter(d -> d.kind() == RecordKind.MESA_CASE_REVIEWS)
                .findFirst().orElseThrow();
        cases.dispose(w.edtCoFacilitator(), w.mesaId(), DisposalChoice.of(List.of(caseId), "Acta de eliminación N° 1"), TODAY);

        String base = "/mesas/" + w.mesaId();
        String list = body(mvc.perform(get(base + "/cases").with(fixtures.as(w.member()))).andExpect(status().isOk()));
        assertThat(list).contains("Caso eliminado", "12 años", "Cerrado").doesNotContain("J. P. G.");
        String one = body(mvc.perform(get(base + "/cases/" + caseId).with(fixtures.as(w.member()))).andExpect(status().isOk()));
        assertThat(one).contains("Caso eliminado, 12 años", "Visita conjunta con CESFAM", "eliminado el " + day(TODAY))
                .doesNotContain("J. P. G.", "Quintanilla", "Discusión reservada", "Nota de cierre reservada",
                        "Vive con su abuela", "Cerrar el caso");
        String session = body(mvc.perform(get(base + "/sessions/" + april.id() + "/case-reviews").with(fixtures.as(w.member())))
                .andExpect(status().isOk()));
        assertThat(session).contains("Caso eliminado, 12 años", "Visita conjunta con CESFAM")
                .doesNotContain("J. P. G.", "Quintanilla", "Discusión reservada");
        String minutes = body(mvc.perform(get(base + "/sessions/" + april.id() + "/minutes").with(fixtures.as(w.member())))
                .andExpect(status().isOk()));
        assertThat(minutes).contains("Caso eliminado", "Visita conjunta con CESFAM")
                .doesNotContain("J. P. G.", "Quintanilla", "Discusión reservada");
        byte[] pdf = mvc.perform(get(base + "/sessions/" + april.id() + "/minutes.pdf").with(fixtures.as(w.member())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf).text()).contains("Caso eliminado").doesNotContain("J. P. G.", "Quintanilla");
        body(mvc.perform(get(base + "/sessions/" + april.id()).with(fixtures.as(w.member()))).andExpect(status().isOk()));
        body(mvc.perform(get(base + "/sessions/" + may.id()).with(fixtures.as(w.coFacilitator()))).andExpect(status().isOk()));

        mvc.perform(get("/api/v1/mesas/" + w.mesaId() + "/cases/" + caseId).header("Authorization", bearer(w.member())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.closingNote").doesNotExist())
                .andExpect(jsonPath("$.reviews[0].disposed").value(true))
                .andExpect(jsonPath("$.reviews[0].question").doesNotExist());
    }

    private static String day(LocalDate day) {
        return cl.circuito.shared.text.ChileanDates.day(day);
    }

    private String bearer(cl.circuito.shared.security.Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

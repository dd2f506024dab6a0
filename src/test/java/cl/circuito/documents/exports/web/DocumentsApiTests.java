package cl.circuito.documents.exports.web;

import cl.circuito.documents.exports.DocumentsScenario;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class DocumentsApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenManagement tokens;
    @Autowired DocumentsScenario scenario;

    DocumentsScenario.Program p;
    String bearer;

    @BeforeEach
    void setUp() {
        p = scenario.create();
        bearer = bearer(p.director());
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "documentos").secret();
    }

    @Test
    void registerXlsxAndPdfDownloadWithTheirNamesAndTypes() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/programs/{id}/documents/f-sgc-030.xlsx", p.id())
                        .param("filter", "ALL").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        containsString("filename*=UTF-8''F-SGC-030%20N%C3%B3mina")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // Eight title lines (the last says who exported it and when), the header, four children.
            assertThat(book.getSheet("F-SGC-030").getLastRowNum()).isEqualTo(9 + 4);
        }

        byte[] pdf = mvc.perform(get("/api/v1/programs/{id}/documents/f-sgc-030.pdf", p.id())
                        .param("paper", "LETTER").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        PdfText text = PdfText.of(pdf);
        assertThat(Math.round(text.pageWidthPoints())).isEqualTo(792);
        assertThat(text.text()).contains("F-SGC-030").contains(p.sofiaRut());
    }

    @Test
    void csvAndPriorityGuideDownload() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/programs/{id}/waiting-list.csv", p.id()).param("q", p.jose())
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFExportado por ").contains("\nN°;NNA;RUT;").contains(p.jose())
                .doesNotContain(p.sofia());

        byte[] guide = mvc.perform(get("/api/v1/entries/{e}/priority-assessments/{a}/pdf", p.sofiaEntry(),
                        p.sofiaGuide().id()).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(guide).text()).contains("Aplíquese Normativa");
    }

    @Test
    void anotherProgramIsNotFoundAndAnAdminIsForbidden() throws Exception {
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        mvc.perform(get("/api/v1/programs/{id}/documents/f-sgc-030.xlsx", p.id()).header("Authorization", bearer(stranger))
                        .header(HttpHeaders.ACCEPT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("El programa no existe o no tiene acceso a él."));
        mvc.perform(get("/api/v1/programs/{id}/waiting-list.csv", p.id()).header("Authorization", bearer(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entries/{e}/priority-assessments/{a}/pdf", p.sofiaEntry(), p.sofiaGuide().id())
                        .header("Authorization", bearer(stranger)).header(HttpHeaders.ACCEPT, "application/pdf"))
                .andExpect(status().isNotFound());

        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        mvc.perform(get("/api/v1/programs/{id}/documents/f-sgc-030.pdf", p.id()).header("Authorization", bearer(admin)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("No tiene permiso para realizar esta acción."));
    }

    @Test
    void badParametersAre400InSpanishNamingThem() throws Exception {
        mvc.perform(get("/api/v1/programs/{id}/documents/f-sgc-030.pdf", p.id()).param("paper", "A3")
                        .header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paper"))
                .andExpect(jsonPath("$.detail").value("El campo «Tamaño de papel» tiene un formato incorrecto."));
        mvc.perform(get("/api/v1/programs/{id}/documents/f-sgc-030.xlsx", p.id()).param("year", "1850")
                        .header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.detail", containsString("El año («year») debe estar entre 2000 y")));
        mvc.perform(get("/api/v1/programs/{id}/documents/f-sgc-030.xlsx", p.id()).param("filter", "CERRADOS")
                        .header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("filter"));
        mvc.perform(get("/api/v1/programs/{id}/waiting-list.csv", p.id()).param("sort", "ALEATORIO")
                        .header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }
}

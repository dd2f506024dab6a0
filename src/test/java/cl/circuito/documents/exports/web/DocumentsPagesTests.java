package cl.circuito.documents.exports.web;

import cl.circuito.documents.exports.DocumentsScenario;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class DocumentsPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DocumentsScenario scenario;
    @Autowired JdbcClient jdbc;

    DocumentsScenario.Program p;

    @BeforeEach
    void setUp() {
        p = scenario.create();
    }

    @Test
    void theListOffersTheRegisterAndTheCsvOfWhatItShows() throws Exception {
        String base = "/programs/" + p.id();
        mvc.perform(get(base + "/waiting-list").with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<summary class=\"fw-semibold\">Descargar</summary>"),
                        containsString("formaction=\"" + base + "/documents/f-sgc-030.xlsx\">F-SGC-030 (Excel)</button>"),
                        containsString("formaction=\"" + base + "/documents/f-sgc-030.pdf\">F-SGC-030 (PDF)</button>"),
                        containsString("<label for=\"download-paper\""), containsString("<option value=\"LETTER\">Carta</option>"),
                        containsString("href=\"" + base + "/waiting-list.csv?state=OPEN&amp;q=&amp;sort=DEADLINE\""))));

        // Filtering with htmx re-renders the results, and with them the CSV link of the new view.
        mvc.perform(get(base + "/waiting-list").param("state", "ALL").param("q", "Ñuñez").param("sort", "NAME")
                        .header("HX-Request", "true").with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "href=\"" + base + "/waiting-list.csv?state=ALL&amp;q=%C3%91u%C3%B1ez&amp;sort=NAME\"")));
    }

    @Test
    void theDownloadsWorkFromTheBrowserSession() throws Exception {
        String base = "/programs/" + p.id();
        byte[] pdf = mvc.perform(get(base + "/documents/f-sgc-030.pdf").param("filter", "OPEN").param("year", "")
                        .param("paper", "A4").with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf).text()).contains("Nómina de Niños – Lista de Espera (F-SGC-030)");
        mvc.perform(get(base + "/documents/f-sgc-030.xlsx").param("filter", "ALL").param("year", "")
                        .param("paper", "A4").with(fixtures.as(p.director())))
                .andExpect(status().isOk());
        String csv = mvc.perform(get(base + "/waiting-list.csv").param("state", "OPEN").param("q", "Ñuñez")
                        .with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(p.sofia()).doesNotContain(p.jose());
        mvc.perform(get(base + "/documents/f-sgc-030.pdf").param("year", "1900").with(fixtures.as(p.director())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("El año («year») debe estar entre 2000 y")));
    }

    @Test
    void thePrintViewAndTheHistoryLinkToTheGuidesPdfAndTheHistoryShowsTheDownload() throws Exception {
        String pdf = "/entries/" + p.sofiaEntry() + "/priority/" + p.sofiaGuide().id() + "/pdf";
        mvc.perform(get("/entries/{e}/priority/{a}/print", p.sofiaEntry(), p.sofiaGuide().id()).with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"" + pdf + "\">Descargar PDF (A4)</a>"),
                        containsString("href=\"" + pdf + "?paper=LETTER\">Descargar PDF (carta)</a>"))));
        mvc.perform(get("/entries/{e}/priority/history", p.sofiaEntry()).with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + pdf + "\"")));

        byte[] guide = mvc.perform(get(pdf).with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(guide).text()).contains("CRITERIOS");
        mvc.perform(get("/entries/{e}/history", p.sofiaEntry()).with(fixtures.as(p.director())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Descargó la pauta de priorización (PDF)")));
    }
}

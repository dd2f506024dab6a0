package cl.circuito.implementation.report;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.implementation.reflections.Reflection;
import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionWriting;
import cl.circuito.implementation.scorecards.Scorecards;
import cl.circuito.implementation.scorecards.Indicator;
import cl.circuito.implementation.scorecards.MesaScorecard;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.PdfText;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTests {

    static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesas;
    @Autowired SessionAttendance attendance;
    @Autowired ReflectionWriting reflections;
    @Autowired ManagerNoteWriting notes;
    @Autowired Scorecards figures;
    @Autowired ApiTokenManagement tokens;
    @Autowired JdbcClient jdbc;

    MesaWorld w;
    String region;

    @BeforeAll
    void record() {
        w = mesas.world();
        region = w.regionCode();
        for (int month = 1; month <= 3; month++) {
            hold(mesas.session(w, LocalDate.of(YEAR, month, 14)));
        }
        reflections.write(w.coFacilitator(), w.mesaId(), YEAR, 1, new Reflection.Content(
                Set.of(ReflectionAspect.CASE_ANALYSIS_RELIEVES, ReflectionAspect.JUDGMENTAL_PRACTICES), null, null,
                "Algunos integrantes enjuician más de lo que colaboran.", null));
    }

    @Test
    void theManagersRegionalPdfHoldsTheIndicatorsTheReflectionAndHerNotes() throws Exception {
        notes.write(w.manager(), YEAR, null, null, new ManagerNote.Content("Presentación regional de prueba, año difícil.",
                null, "Comentario de proceso de la gestoría.", "Conclusión: consolidar el co-liderazgo."));
        MesaScorecard card = figures.scorecard(w.national(), w.mesaId(), YEAR);
        String regionName = jdbc.sql("select name from region where code = ?").param(region).query(String.class).single();

        MvcResult result = mvc.perform(get("/implementation/report.pdf").param("year", String.valueOf(YEAR))
                        .with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("informe-mgc-" + YEAR + "-")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        PdfText pdf = PdfText.of(result.getResponse().getContentAsByteArray());
        String text = pdf.text().replaceAll("\\s+", " ");
        String mesaName = jdbc.sql("select name from mesa where id = ?").param(w.mesaId()).query(String.class).single();
        assertThat(pdf.isA4()).isTrue();
        // The cover's narrow table may wrap the name.
        assertThat(text.replace(" ", "")).contains(w.manager().displayName().replace(" ", ""));
        assertThat(text).contains("Minuta de seguimiento a la implementación", regionName, "Elaborado por",
                "I. Presentación", "II. Funcionamiento", "III. Proceso", "IV. Conclusiones",
                mesaName, "Sesiones realizadas: 3 de " + card.profile().sessionsExpected(),
                "Buenas prácticas o casos exitosos analizados: 0.",
                "Presentación regional de prueba, año difícil.", "Comentario de proceso de la gestoría.",
                "Conclusión: consolidar el co-liderazgo.", "Prácticas enjuiciadoras más que colaborativas",
                "Algunos integrantes enjuician", "Primer semestre de " + YEAR);
        for (Indicator i : card.indicators()) {
            assertThat(text).contains(switch (i.mark()) {
                case GREEN -> "Verde";
                case AMBER -> "Ámbar";
                case RED -> "Rojo";
                default -> "Sin datos";
            });
        }
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'IMPLEMENTATION_REPORT' and actor_id = ?")
                .param(w.manager().userId()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theNationalTeamDownloadsAnyRegionAsDocxOverTheApiAndEachOnlyTheirScope() throws Exception {
        String national = bearer(w.national());
        MvcResult result = mvc.perform(get("/api/v1/implementation/report.docx").param("year", String.valueOf(YEAR))
                        .param("region", region).header("Authorization", national))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("wordprocessingml")))
                .andReturn();
        String mesaName = jdbc.sql("select name from mesa where id = ?").param(w.mesaId()).query(String.class).single();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(mesaName, "IV. Conclusiones", "Sesiones realizadas: 3 de",
                    "Prácticas enjuiciadoras");
        }
        mvc.perform(get("/api/v1/implementation/report.pdf").param("year", String.valueOf(YEAR)).header("Authorization", national))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("informe-mgc-" + YEAR + "-nacional.pdf")));
        mvc.perform(get("/api/v1/implementation/report.pdf").param("region", region).header("Authorization", bearer(w.otherManager())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/implementation/report.pdf").param("region", "99").header("Authorization", national))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/implementation/report.pdf").param("year", "2009").header("Authorization", national))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/implementation/report.docx").param("year", String.valueOf(YEAR + 2)).header("Authorization", national))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/implementation/report.pdf").header("Authorization", bearer(w.coFacilitator())))
                .andExpect(status().isForbidden());
    }

    @Test
    void notesAreWrittenByTheirOwnersOnlyAndVersioned() throws Exception {
        String manager = bearer(w.manager());
        String national = bearer(w.national());
        String url = "/api/v1/implementation/notes";
        String y = String.valueOf(YEAR - 1);
        mvc.perform(put(url).param("year", y).header("Authorization", manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"presentation\": \"Notas de la región\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regionCode").value(region))
                .andExpect(jsonPath("$.version").value(0)).andExpect(jsonPath("$.writable").value(true));
        mvc.perform(put(url).param("year", y).header("Authorization", manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"presentation\": \"Otra vez sin versión\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put(url).param("year", y).header("Authorization", manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 7, \"presentation\": \"Sobre una versión que ya no es\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get(url).param("year", y).param("region", region).header("Authorization", national))
                .andExpect(status().isOk()).andExpect(jsonPath("$.presentation").value("Notas de la región"))
                .andExpect(jsonPath("$.writable").value(false));
        mvc.perform(put(url).param("year", y).param("region", region).header("Authorization", national)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"presentation\": \"Intento\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(url).param("year", y).param("region", region).header("Authorization", bearer(w.otherManager())))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).param("year", "1990").header("Authorization", national))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get(url).param("year", y).header("Authorization", national))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regionCode").doesNotExist())
                .andExpect(jsonPath("$.scope").value("Nacional"));
    }

    @Test
    void theReportPageShowsTheNotesFormToTheirWriterAndTheDownloads() throws Exception {
        String y = String.valueOf(YEAR - 2);
        mvc.perform(get("/implementation/report").param("year", y).with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Notas de gestión para el informe"),
                        containsString("name=\"presentation\""), containsString("/implementation/report.pdf?year=" + y + "&amp;region=" + region),
                        containsString("Descargar Word (editable)"))));
        mvc.perform(post("/implementation/report/notes").param("year", y).with(fixtures.as(w.manager())).with(csrf())
                        .param("presentation", "Texto largo".repeat(1000)).param("conclusions", "Se conserva"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("presentation-error"), containsString("Se conserva"))));
        mvc.perform(post("/implementation/report/notes").param("year", y).with(fixtures.as(w.manager())).with(csrf())
                        .param("presentation", "La gestoría presenta el año.").param("conclusions", "Cierre."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/implementation/report").param("year", y).param("region", region).with(fixtures.as(w.national())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("La gestoría presenta el año."),
                        containsString("usted las lee"), not(containsString("name=\"presentation\"")))));
        mvc.perform(get("/implementation/report").param("year", "2001").with(fixtures.as(w.national())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/implementation/report").with(fixtures.as(w.member()))).andExpect(status().isForbidden());
        mvc.perform(get("/implementation").param("year", y).with(fixtures.as(w.manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/implementation/report.pdf?year=" + y),
                        containsString("/implementation/report.docx?year=" + y), containsString("Descargar PDF"))));
    }

    private void hold(MesaSession session) {
        List<SessionAttendance.Mark> marks = new ArrayList<>();
        SessionAttendance.Sheet sheet = attendance.sheet(w.coFacilitator(), w.mesaId(), session.id());
        for (SessionAttendance.Line line : sheet.lines()) {
            marks.add(new SessionAttendance.Mark(line.memberId(), line.representativeId(), AttendanceStatus.PRESENT));
        }
        attendance.record(w.coFacilitator(), w.mesaId(), session.id(), sheet.session().version(), marks, Set.of());
    }

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }
}

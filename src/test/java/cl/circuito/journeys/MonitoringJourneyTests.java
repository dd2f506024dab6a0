package cl.circuito.journeys;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.PdfText;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national team follows the Mesas in a real browser: from the top bar to the monitoring overview of a
 * region, into one Mesa's indicators (with their marks in words) and its own records, and back to download
 * the region's yearly report, as PDF and as Word, which states the indicators it showed.
 */
@CircuitoTest
class MonitoringJourneyTests extends BrowserJourney {


    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired SessionAttendance attendance;
    @Autowired CaseReviewing reviewing;
    @Autowired JdbcClient jdbc;

    @Test
    void theNationalTeamOpensTheMonitoringDrillsIntoAMesaAndDownloadsTheReport() throws Exception {
        int year = LocalDate.now(ZoneId.of("America/Santiago")).getYear();
        MesaWorld world = mesaFixtures.world();
        // Three sessions held this year, the last one with a good practice reviewed.
        List<MesaSession> held = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            MesaSession session = mesaFixtures.session(world, LocalDate.of(year, month, 20));
            List<SessionAttendance.Mark> marks = new ArrayList<>();
            for (SessionAttendance.Line line : attendance.sheet(world.coFacilitator(), world.mesaId(), session.id()).lines()) {
                marks.add(new SessionAttendance.Mark(line.memberId(), line.representativeId(), AttendanceStatus.PRESENT));
            }
            attendance.record(world.coFacilitator(), world.mesaId(), session.id(),
                    fixtures.version("mesa_session", session.id()), marks, Set.of());
            held.add(session);
        }
        reviewing.present(world.coFacilitator(), world.mesaId(), held.get(2).id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(world.opdMember(), null, "JPR", 12, CaseSex.MALE), CaseCriterion.GOOD_PRACTICE,
                Map.of(UUID.fromString("2f4b9a10-0001-4000-8000-000000000024"), "Antecedentes generales.",
                        UUID.fromString("2f4b9a10-0002-4000-8000-000000000024"), "Intervención semanal.",
                        UUID.fromString("2f4b9a10-0004-4000-8000-000000000024"), "La asistencia escolar.",
                        UUID.fromString("2f4b9a10-0005-4000-8000-000000000024"), "¿Qué fue clave para el egreso?"),
                "La familia sostuvo la asistencia escolar.", List.of()));
        String mesaName = jdbc.sql("select name from mesa where id = ?").param(world.mesaId()).query(String.class).single();
        String regionName = jdbc.sql("select name from region where code = ?").param(world.regionCode())
                .query(String.class).single();

        Page page = browser.newPage();
        Browser.signIn(page, "http://localhost:" + port, world.national().username());
        // The national team must use two-factor authentication: enrolled on first login.
        Browser.enrolTwoFactor(page);

        // 1. The monitoring overview, narrowed to the Mesa's region.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seguimiento")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Seguimiento a la implementación de las Mesas, " + year);
        page.getByLabel("Región").selectOption(world.regionCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostrar")).click();
        var row = page.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(mesaName));
        assertThat(row).containsText("Verde");
        assertThat(row).containsText("Rojo");

        // 2. Into the Mesa: every indicator with what is behind it and its mark in words.
        row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(mesaName)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(mesaName + ": seguimiento " + year);
        var sessions = page.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Sesiones realizadas")).first();
        assertThat(sessions).containsText("3 de ");
        assertThat(sessions).containsText("Rojo");
        var goodPractices = page.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Buenas prácticas analizadas")).first();
        assertThat(goodPractices).containsText("1");
        assertThat(page.locator("body")).containsText("Buena práctica");

        // 3. Its own records, which the national team reads.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sesiones").setExact(true)).last().click();
        assertThat(page.locator("body")).containsText("Realizada");
        page.goBack();

        // 4. Back to the region's overview and its yearly report.
        page.navigate("http://localhost:" + port + "/implementation?year=" + year + "&region=" + world.regionCode());
        Download pdfDownload = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Descargar PDF")).click());
        // Lines wrap where the page ends them: compare words, not lines.
        String pdf = PdfText.of(Files.readAllBytes(pdfDownload.path())).text().replaceAll("\\s+", " ");
        assertThat(pdf)
                .contains("Minuta de seguimiento a la implementación de las Mesas de Gestión de Casos")
                .contains(regionName)
                .contains("I. Presentación", "II. Funcionamiento", "III. Proceso", "IV. Conclusiones")
                .contains(mesaName)
                .contains("3 de ")
                .contains("Rojo")
                .doesNotContain("JPR");
        Download docxDownload = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Descargar Word (editable)")).click());
        assertThat(docxDownload.suggestedFilename()).endsWith(".docx");
        try (InputStream in = Files.newInputStream(docxDownload.path());
             XWPFDocument docx = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains(mesaName).contains("IV. Conclusiones").contains("3 de ");
        }
    }
}

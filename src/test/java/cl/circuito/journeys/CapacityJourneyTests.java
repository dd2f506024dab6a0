package cl.circuito.journeys;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity the network needs in a real browser: the national team opens "Capacidad" from the top bar (the
 * nation), goes down to a region and a comuna through the tables, adds places in the what-if and sees the forecast
 * redrawn, then doubles the demand and sees more places needed; last, from "Informes por tribunal", downloads the
 * report of the court that referred those children, as a court of appeals would ask for it.
 * <pre>
 * the comuna: one program of 6 places, nothing closed (S = 12 months, e = 0.5 a month), 12 children waiting received
 * 40 to 95 days ago (all in the six complete months: d = 12 / 6 = 2 a month).
 * without the what-if: L_6 = 12 + 6·2 − 6·0.5 = 21; with 12 places more: e = 18 / 12 = 1.5, L_6 = 12 + 12 − 12 − 9 = 3.
 * </pre>
 */
@CircuitoTest
class CapacityJourneyTests extends BrowserJourney {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void theNationalTeamAddsPlacesInTheWhatIfAndDownloadsACourtsReport() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        String comuna = jdbc.sql("""
                        select c.code from comuna c where not exists (select 1 from program p where p.comuna_code = c.code)
                           and not exists (select 1 from mesa m where m.comuna_code = c.code)
                         order by random() limit 1""").query(String.class).single();
        String comunaName = jdbc.sql("select name from comuna where code = ?").param(comuna).query(String.class).single();
        String regionName = jdbc.sql("select r.name from region r join comuna c on c.region_code = r.code where c.code = ?")
                .param(comuna).query(String.class).single();
        UUID program = fixtures.program("PRM", comuna);
        jdbc.sql("update program set agreed_capacity = 6 where id = ?").param(program).update();
        UUID court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        for (int i = 0; i < 12; i++) {
            fixtures.referral(director, program, court).surnamed("Plazas").bornOn(LocalDate.of(2012, 1, 1 + i))
                    .receivedOn(today.minusDays(40 + 5L * i)).waiting().register();
        }
        Actor national = fixtures.user(Role.NATIONAL_TEAM, Set.of());

        Page page = browser.newPage();
        Browser.signIn(page, "http://localhost:" + port, national.username());
        Browser.enrolTwoFactor(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Capacidad").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Capacidad de la red");
        assertThat(page.locator("#places-needed")).containsText("plazas más para que la espera quede bajo la meta");

        // Down to the region, then the comuna, through the tables' links.
        page.locator("#parts-table").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(regionName).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasText(regionName);
        page.locator("#parts-table").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(comunaName).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasText(comunaName);
        assertThat(page.locator("#capacity-summary")).containsText("12 niños, niñas y adolescentes en lista");
        assertThat(page.locator("#whatif-result")).containsText("la lista sería de unos 21");
        String before = page.locator("#places-needed").textContent();

        // Twelve places more: the forecast is redrawn.
        page.getByLabel("Plazas en el escenario").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcular")).click();
        assertThat(page.locator("#whatif-result")).containsText("la lista sería de unos 3 ");
        assertThat(page.locator("main")).containsText("Sin el escenario, la lista sería de unos 21.");
        assertThat(page.locator("#forecast-table tbody tr")).hasCount(7);
        assertThat(page.locator("#places-needed")).hasText(before);

        // Twice the demand: more places are needed.
        page.getByLabel("Cambio de demanda (%)").fill("100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcular")).click();
        assertThat(page.locator("#places-needed-whatif")).isVisible();
        int base = Integer.parseInt(before.replaceAll("\\D*(\\d+) plazas.*", "$1").strip());
        int doubled = Integer.parseInt(page.locator("#places-needed-whatif").textContent()
                .replaceAll(".*: (\\d+) plazas.*", "$1").strip());
        assertThat(doubled).isGreaterThan(base);
        noSidewaysScroll(page);
        screenshot(page, 1280, "capacity-whatif");

        // The report of the court that referred them: every child, with its program, deadline and estimate.
        String courtName = jdbc.sql("select name from referrer where id = ?").param(court).query(String.class).single();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Informes por tribunal").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Informes por tribunal de familia");
        noSidewaysScroll(page);
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Descargar en Excel el informe de " + courtName)).click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            String cells = sheetText(workbook);
            assertThat(cells).contains(courtName).contains("Plazas");
            assertThat(cells.split("Plazas", -1)).hasSize(13);
        }
        page.close();
    }

    private static String sheetText(XSSFWorkbook workbook) {
        DataFormatter format = new DataFormatter();
        StringBuilder text = new StringBuilder();
        workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|')));
        return text.toString();
    }
}

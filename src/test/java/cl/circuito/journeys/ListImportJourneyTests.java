package cl.circuito.journeys;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director brings her program's list in from a phone (390 px): uploads the Excel CSV she keeps, sees one row
 * refused for a date that does not exist, imports the rest, downloads the refused row, fixes it, uploads it again,
 * and finds every child on her list with its deadline. Screenshots in target/screenshots/390.
 */
@CircuitoTest
class ListImportJourneyTests extends BrowserJourney {


    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aDirectorImportsHerListFromAPhoneFixesARowAndSeesHerChildrenWithTheirDeadlines() throws Exception {
        UUID program = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        String courtName = jdbc.sql("select name from referrer where id = ?").param(court).query(String.class).single();
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        String base = "http://localhost:" + port;
        Path sheet = Files.createTempFile("nomina", ".csv");
        Files.write(sheet, String.join("\r\n",
                "Nómina de Niños – Lista de Espera;;;;;;",
                ";;;;;;",
                "RUT;Nombre completo;Organismo derivador;RIT;Causa de derivación;Fecha de recepción;Estado",
                Fixtures.typedRut() + ";Martina Paz Rojas Soto;" + courtName + ";F-101-2026;Vulneración de derechos;02-09-2026;En evaluación",
                Fixtures.rut() + ";Joaquín Ñancupil Lagos;" + courtName + ";F-102-2026;Negligencia parental;3/9/26;En evaluación",
                Fixtures.rut() + ";Florencia Muñoz Vera;" + courtName + ";F-103-2026;Maltrato;31-09-2026;En evaluación",
                "").getBytes(Charset.forName("windows-1252")));

        BrowserContext phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setAcceptDownloads(true));
        Page page = phone.newPage();
        Browser.signIn(page, base, director.username());

        // 1. From her list, the import; she uploads the sheet as she keeps it.
        page.navigate(base + "/programs/" + program + "/waiting-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traer una nómina")).click();
        page.getByLabel("Archivo").setInputFiles(sheet);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir y revisar")).click();

        // 2. The preview: the row with an impossible date is refused, naming its column; she says the background
        //    is sufficient for the whole sheet.
        assertThat(page.locator("#refused-rows")).containsText("«Fecha de recepción»: «31-09-2026» no es una fecha");
        page.getByLabel("Antecedentes suficientes, si la fila no lo indica").selectOption("true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actualizar la vista previa")).click();
        assertThat(page.locator("#import-summary")).containsText("2 se crearán");
        assertThat(page.locator("#new-rows")).containsText("(vencido)");
        noSidewaysScroll(page);
        screenshot(page, 390, "import-preview");
        Download refused = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Descargar las filas con problemas")).click());
        String refusedRows = Files.readString(refused.path(), StandardCharsets.UTF_8);
        assertThat(refusedRows).contains("Florencia Muñoz Vera").doesNotContain("Martina");

        // 3. She imports the two good rows and follows the progress to the end.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar 2 NNA")).click();
        assertThat(page.locator("#import-progress")).containsText("Se importaron 2 NNA");
        screenshot(page, 390, "import-done");

        // 4. She fixes the refused row in the file she downloaded and uploads it again.
        Path fixed = Files.createTempFile("filas-corregidas", ".csv");
        Files.writeString(fixed, refusedRows.replace("31-09-2026", "30-09-2026"), StandardCharsets.UTF_8);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importar otra planilla")).click();
        page.getByLabel("Archivo").setInputFiles(fixed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir y revisar")).click();
        assertThat(page.locator("#import-summary")).containsText("1 se creará");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar 1 NNA")).click();
        assertThat(page.locator("#import-progress")).containsText("Se importó 1 NNA");

        // 5. Her list has the three children, each with its admissibility deadline.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ver la lista de espera")).click();
        for (String child : new String[]{"Martina Paz Rojas Soto", "Joaquín Ñancupil Lagos", "Florencia Muñoz Vera"}) {
            assertThat(page.locator("main")).containsText(child);
        }
        assertThat(page.locator("main")).containsText("vencido hace");
        noSidewaysScroll(page);
        screenshot(page, 390, "import-list");
        phone.close();
    }
}

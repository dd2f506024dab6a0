package cl.circuito.journeys;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.Fixtures;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A director's everyday journey in a real browser: log in, register a referral, see its deadline,
 * record a background action, decide.
 */
@CircuitoTest
class DirectorJourneyTests extends BrowserJourney {


    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    @Test
    void aDirectorRegistersAReferralSeesItsDeadlineRecordsAnActionAndDecides() {
        UUID program = fixtures.program("PRM", "13101");
        fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        String surname = "Journey" + Fixtures.next();

        Page page = browser.newPage();
        Browser.signIn(page, "http://localhost:" + port, director.username());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hoy");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ver lista de espera")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrar derivación")).click();

        page.getByLabel("RUT").fill("12.345.678-5");
        page.getByLabel("Fecha de nacimiento").fill("2015-03-02");
        page.getByLabel("Nombres").fill("Florencia");
        page.getByLabel("Apellido paterno").fill(surname);
        page.getByLabel("Organismo derivador").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByLabel("Fecha de recepción").fill("2026-09-10");
        page.getByLabel("RIT de la causa").fill("P-4321-2026");
        page.getByLabel("Motivo").fill("Medida de protección por vulneración de derechos.");
        page.getByLabel("Sí — el plazo es de 10 días hábiles").check();
        page.getByLabel("Documentos adjuntos").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "resolución.pdf", "application/pdf", "%PDF-1.4 resolución".getBytes()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar derivación")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Plazo para decidir la admisibilidad: 25-09-2026");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(surname);
        assertThat(page.locator("#main")).containsText("Decidir a más tardar el 25-09-2026");
        assertThat(page.locator("#main")).containsText("resolución.pdf");

        // The entry page opens with its summary; each action's form opens when picked.
        assertThat(page.locator("#entry-summary")).containsText("Plazo de admisibilidad");
        page.locator("#action-action > summary").click();
        page.getByLabel("Acción", new Page.GetByLabelOptions().setExact(true))
                .selectOption("JUDICIAL_PLATFORM_REVIEW");
        page.getByLabel("Fecha", new Page.GetByLabelOptions().setExact(true)).fill("2026-09-11");
        page.getByLabel("Observaciones").fill("Se revisa la causa en la OJV.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar acción")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Acción registrada");
        assertThat(page.locator(".timeline")).containsText("Revisión de la causa en la plataforma del Poder Judicial");

        page.locator("#action-decision > summary").click();
        page.getByLabel("Sujeto de atención", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Fecha de la decisión").fill("2026-09-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar decisión")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("sujeto de atención");
        assertThat(page.locator("#main")).containsText("Sujeto de atención, en espera");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journey-director.png")).setFullPage(true));

        // Back on the list, typing in the search box narrows it in place (htmx), and the URL follows.
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("breadcrumb"))
                .getByRole(AriaRole.LINK).first().click();
        // Until the page has loaded, htmx (a deferred script) is not listening: what is typed sooner sends nothing.
        page.waitForURL(url -> url.contains("/waiting-list"));
        page.getByLabel("Estado").selectOption("ALL");
        page.getByLabel("Buscar por nombre o RUT").fill("nadie se llama así");
        assertThat(page.locator("#results")).containsText("No hay fichas con estos criterios.");
        page.getByLabel("Buscar por nombre o RUT").fill(surname.toLowerCase());
        assertThat(page.locator("#results")).containsText("1 ficha");
        assertThat(page.locator("#results")).containsText("Sujeto de atención, en espera");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]q=" + surname.toLowerCase() + ".*"));
    }
}

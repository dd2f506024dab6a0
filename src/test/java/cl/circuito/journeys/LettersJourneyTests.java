package cl.circuito.journeys;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A director's oficio in a real browser: deciding that a child is not eligible drafts the letter to the
 * court; the director edits it, issues it (it gets the program's first number of the year), downloads the
 * PDF, records how it was sent and finds it in the register.
 */
@CircuitoTest
class LettersJourneyTests extends BrowserJourney {


    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aNotEligibleDecisionDraftsTheOficioThatTheDirectorEditsIssuesDownloadsAndFindsInTheRegister() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        UUID program = fixtures.program("PRM", "08101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        jdbc.sql("update program set director_user_id = ? where id = ?").params(director.userId(), program).update();
        String surname = "Peñailillo" + Fixtures.next();
        WaitingListEntry entry = fixtures.referral(director, program, court).rut(Fixtures.rut())
                .child("Martín", surname, "Núñez").bornOn(LocalDate.of(2014, 4, 9))
                .court("C-2468-" + today.getYear(), null).reason("Maltrato físico grave").receivedOn(today.minusDays(5))
                .register();

        Page page = browser.newPage();
        Browser.signIn(page, "http://localhost:" + port, director.username());

        // The decision: not eligible, with its reason and the more pertinent program.
        page.navigate("http://localhost:" + port + "/entries/" + entry.id());
        page.locator("#action-decision > summary").click();
        page.getByLabel("No sujeto de atención").check();
        page.getByLabel("Fecha de la decisión").fill(today.toString());
        page.getByLabel("Fundamento").fill("El NNA no presenta maltrato constitutivo de delito; requiere fortalecimiento familiar.");
        page.getByLabel("U otro programa (escrito)").fill("PPF Ñuñoa Centro");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar decisión")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).isVisible();

        // The draft waits in the tray: letters drafts it once the decision has committed, a moment later.
        String tray = "http://localhost:" + port + "/programs/" + program + "/letters";
        page.navigate(tray);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Oficios por enviar");
        for (int attempt = 0; attempt < 20 && !page.locator("main").innerText().contains(surname); attempt++) {
            page.waitForTimeout(250);
            page.navigate(tray);
        }
        assertThat(page.locator("main")).containsText(surname);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revisar")).first().click();

        // The director edits the text, then issues it.
        assertThat(page.getByLabel("Texto del oficio")).containsText("PPF Ñuñoa Centro");
        String body = page.getByLabel("Texto del oficio").inputValue();
        page.getByLabel("Texto del oficio").fill(body + "\n\nSe adjunta informe de la visita domiciliaria.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar borrador")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Borrador guardado");
        page.getByLabel("Confirmo que el texto está revisado y quiero emitir el oficio.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emitir oficio")).click();
        String number = "N° 1/" + today.getYear();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(number);

        // The PDF is the letter as issued.
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Descargar PDF")).click());
        PdfText pdf = PdfText.of(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(pdf.text())
                .contains("Oficio " + number)
                .contains("Martín " + surname + " Núñez")
                .contains("PPF Ñuñoa Centro")
                .contains("Se adjunta informe de la visita domiciliaria.")
                .contains(director.displayName());

        // How it was sent.
        page.getByLabel("Medio de envío").selectOption("COURT_PLATFORM");
        page.getByLabel("Fecha de envío").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar envío")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Envío registrado");

        // The register keeps it.
        page.navigate("http://localhost:" + port + "/programs/" + program + "/letters/register");
        assertThat(page.locator("main")).containsText(number);
        assertThat(page.locator("main")).containsText(surname);
        assertThat(page.locator("main")).containsText("Enviado");
        page.close();
    }
}

package cl.circuito.journeys;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The end of a program's records in a real browser: the admin marks a program no longer in force; its director is
 * alerted on her day page that the entries of children who left the list may be disposed of, opens the program's
 * retention, chooses the child, writes the reason, sees exactly what will go, confirms, and finds the act; the
 * child's entry is gone from her reach. The retention pages fit a phone.
 */
@CircuitoTest
class RetentionJourneyTests extends BrowserJourney {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void anEndedProgramsDirectorDisposesOfTheEntriesOfChildrenWhoLeftTheList() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        UUID program = fixtures.program("PRM", "08101");
        String programName = jdbc.sql("select name from program where id = ?").param(program).query(String.class).single();
        UUID court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        String surname = "Retamal" + Fixtures.next();
        WaitingListEntry entry = fixtures.referral(director, program, court).rut(Fixtures.rut())
                .child("Josefa", surname, "Ibáñez").bornOn(LocalDate.of(2013, 2, 11))
                .reason("Negligencia grave").receivedOn(today.minusDays(40)).register();
        decisions.exit(director, entry.id(), fixtures.version("waiting_list_entry", entry.id()), ExitReason.WITHDRAWN,
                today.minusDays(10), "La familia desiste por escrito.");
        String base = "http://localhost:" + port;

        // The admin ends the program.
        try (BrowserContext adminContext = browser.newContext()) {
            Page page = adminContext.newPage();
            Browser.signIn(page, base, admin.username());
            Browser.enrolTwoFactor(page);
            page.navigate(base + "/admin/programs/" + program + "/edit");
            page.getByLabel("Vigente").uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).isVisible();
        }

        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844))) {
            Page page = context.newPage();
            Browser.signIn(page, base, director.username());
            // The day page says what waits, and leads to it.
            page.navigate(base + "/");
            assertThat(page.locator("main")).containsText("1 registro cumplió su plazo de conservación");
            page.navigate(base + "/programs/" + program + "/retention");
            assertThat(page.locator("main")).containsText("Fichas de lista de espera");
            noSidewaysScroll(page);
            screenshot(page, 390, "retention-overview");
            page.locator("a[href$='/retention/entries']").click();

            // She chooses the child and writes the reason; the confirmation shows exactly what will go.
            assertThat(page.locator("main")).containsText("Josefa " + surname + " Ibáñez");
            noSidewaysScroll(page);
            page.getByLabel("Elegir Josefa " + surname + " Ibáñez").check();
            page.getByLabel("Motivo de la eliminación").fill("Acta de eliminación N° 1 — término del convenio");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar eliminación")).click();
            assertThat(page.locator("main")).containsText("Va a eliminar 1 registro");
            assertThat(page.locator("main")).containsText("Josefa " + surname + " Ibáñez");
            screenshot(page, 390, "retention-confirm");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eliminar definitivamente")).click();

            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Se eliminó 1 registro");
            assertThat(page.locator("main")).containsText("Acta de eliminación N° 1 — término del convenio");
            assertThat(page.locator("main")).not().containsText(surname);
            page.navigate(base + "/programs/" + program + "/waiting-list?status=EXITED");
            assertThat(page.locator("main")).not().containsText(surname);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from child where paternal_surname = ?")
                .param(surname).query(Integer.class).single()).isZero();
        org.assertj.core.api.Assertions.assertThat(programName).isNotBlank();
    }
}

package cl.circuito.journeys;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A director's month of I-SGC-01 in a real browser: score a child with the priority guide, plan the
 * month's monitoring, record a "not protected" outcome (a judicial action opens and tops the day page),
 * confirm this month's admissions from the ranking, interview and admit one child.
 */
@CircuitoTest
class MonthlyCycleJourneyTests extends BrowserJourney {


    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private WaitingListEntry waiting(Actor director, UUID program, UUID court, String name, LocalDate receivedOn) {
        return fixtures.referral(director, program, court).child(name, "Ciclo" + Fixtures.next())
                .court("P-77-2026", null).reason("Vulneración de derechos").receivedOn(receivedOn)
                .eligibleOn(receivedOn.plusDays(3)).register();
    }

    @Test
    void aDirectorScoresPlansMonitorsFindsAChildNotProtectedAndAdmitsThisMonthsChildren() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        UUID program = fixtures.program("PPF", "13101");
        jdbc.sql("update program set agreed_capacity = 2 where id = ?").param(program).update();
        UUID court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        WaitingListEntry scored = waiting(director, program, court, "Amparo", today.minusDays(20));
        WaitingListEntry monitored = waiting(director, program, court, "Bruno", today.minusDays(40));
        waiting(director, program, court, "Celeste", today.minusDays(30));
        String base = "http://localhost:" + port;

        Page page = browser.newPage();
        Browser.signIn(page, base, director.username());

        // 1. The priority guide: six descriptors present, one without data.
        page.navigate(base + "/entries/" + scored.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aplicar pauta de priorización")).first().click();
        for (int item = 1; item <= 20; item++) {
            String answer = item <= 6 ? "PRESENT" : item == 20 ? "NO_DATA" : "ABSENT";
            page.locator("#answer-" + item + "-" + answer).check();
        }
        page.locator("#assessedOn").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar pauta")).click();
        assertThat(page.locator("#main")).containsText("Prioridad 1");
        assertThat(page.locator("#main")).containsText("Medidas judiciales adoptadas no garantizan la protección");

        // 2. The month's monitoring sample: 30 % of three children waiting, rounded up, is one.
        page.navigate(base + "/programs/" + program + "/waiting-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoreo").setExact(true)).click();
        page.locator("form button[type=submit].btn-primary").last().click();
        assertThat(page.locator("#main")).containsText("Planificado por");

        // 3. A monitoring finds a child not protected: a judicial action opens and heads the day page.
        page.navigate(base + "/entries/" + monitored.id());
        page.locator("#action-monitoring > summary").click();
        page.locator("#monitoring-kind").selectOption("OTHER_CONTACT");
        page.locator("#monitoring-performedOn").fill(today.toString());
        page.locator("#monitoring-performedBy").selectOption(new SelectOption().setIndex(0));
        page.locator("#monitoring-outcome-NOT_PROTECTED").check();
        page.locator("#monitoring-notes").fill("La madre informa que el agresor volvió a la casa.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar monitoreo")).click();
        assertThat(page.locator("#judicial")).isVisible();
        page.navigate(base + "/");
        assertThat(page.locator("#main section").first()).containsText("Bruno");

        // 4. This month's admissions (a child is admitted within the month it is scheduled for): two free places,
        // the proposal is the top of the ranking.
        page.navigate(base + "/programs/" + program + "/admissions");
        assertThat(page.locator("#main")).containsText("Amparo");
        page.locator("#month").selectOption(java.time.YearMonth.from(today).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmar ingresos")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).isVisible();

        // 5. The admission interview, then the admission: the child leaves the list as admitted.
        page.navigate(base + "/entries/" + scored.id());
        page.locator("#action-interview > summary").click();
        page.locator("#interview-heldOn").fill(today.toString());
        page.locator("#interview-attendees").fill("Amparo y su abuela materna");
        // No address came with the referral: the one found is recorded as corrected, and the contact keeps it.
        page.locator("#interview-address-corrected").check();
        page.locator("#interview-street").fill("Pasaje Los Aromos");
        page.locator("#interview-streetNumber").fill("123");
        page.locator("#interview-comunaCode").selectOption("13101");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar entrevista")).click();
        page.locator("#action-admit > summary").click();
        page.locator("#admit-admittedOn").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar ingreso").setExact(true)).click();
        assertThat(page.locator("#main")).containsText("Ingresado al programa");
        assertThat(page.locator("#contact")).containsText("Pasaje Los Aromos 123, Santiago");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journey-monthly-cycle.png")).setFullPage(true));

        page.navigate(base + "/programs/" + program + "/cases");
        assertThat(page.locator("#main")).containsText("Amparo");
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}

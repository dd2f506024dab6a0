package cl.circuito.journeys;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circuito on a tablet (768 px) and a phone (390 px), as staff use it on home visits and in Mesa sessions: no page
 * scrolls sideways, a list keeps each child's deadline and state on screen, the top bar is a menu, the entry page
 * opens with its summary and one form at a time, and the priority guide adds up as it is marked. Screenshots go to
 * {@code target/screenshots/<width>/<page>.png}.
 */
@CircuitoTest
class NarrowScreenJourneyTests extends BrowserJourney {

    static final int[] WIDTHS = {768, 390};
    static final Pattern ANY = Pattern.compile(".*");


    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;

    @Test
    void aDirectorWorksOnATabletAndAPhone() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        UUID program = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        String surname = "Angosta" + Fixtures.next();
        WaitingListEntry underReview = fixtures.referral(director, program, court).child("Rocío", surname)
                .court("P-90-2026", null).reason("Vulneración de derechos").receivedOn(today.minusDays(2)).register();
        WaitingListEntry waiting = fixtures.referral(director, program, court).child("Tomás", "Espera" + Fixtures.next())
                .court("P-91-2026", null).reason("Vulneración de derechos").receivedOn(today.minusDays(20))
                .eligibleOn(today.minusDays(17)).register();
        String base = "http://localhost:" + port;

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, base, director.username());
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("today", "/");
            pages.put("waiting-list", "/programs/" + program + "/waiting-list");
            pages.put("ranking", "/programs/" + program + "/ranking");
            pages.put("monitoring", "/programs/" + program + "/monitoring");
            pages.put("admissions", "/programs/" + program + "/admissions");
            pages.put("dashboard", "/programs/" + program + "/dashboard");
            pages.put("alerts", "/alerts");
            pages.put("letters", "/programs/" + program + "/letters");
            pages.put("entry", "/entries/" + underReview.id());
            pages.put("court-orders", "/programs/" + program + "/court-orders");
            pages.put("court-order", "/entries/" + waiting.id() + "/court-order");
            pages.put("reconciliation", "/programs/" + program + "/court-orders/reconciliation");
            pages.put("court-reports", "/court-orders/courts");
            pages.put("wait-target", "/programs/" + program + "/wait-target");
            pages.put("capacity", "/capacity");
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
                visitAll(page, base, width, pages);

                // The list: the child's state and deadline are on screen, not beyond its edge; the menu opens.
                page.navigate(base + "/programs/" + program + "/waiting-list");
                page.locator(".navbar-toggler").click();
                assertThat(page.locator("#mainNav").getByRole(AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Hoy").setExact(true))).isVisible();
                Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(surname));
                onScreen(page, row.getByText("En evaluación de admisibilidad"));
                onScreen(page, row.getByText(dueOn(underReview)));

                // The entry opens with its summary, before the actions; an action's form opens when picked, alone.
                page.navigate(base + "/entries/" + underReview.id());
                assertThat(page.locator("#main h2").first()).hasText("Lo principal");
                assertThat(page.locator("#entry-summary")).containsText("En evaluación de admisibilidad");
                assertThat(page.locator("#entry-summary")).containsText(dueOn(underReview));
                assertThat(page.getByLabel("Fecha de la decisión")).isHidden();
                page.locator("#action-decision > summary").click();
                assertThat(page.getByLabel("Fecha de la decisión")).isVisible();
                assertThat(page.locator("#action-action")).not().hasAttribute("open", ANY);
                // Sent without an outcome, the form comes back open with its error.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar decisión")).click();
                assertThat(page.locator("#action-decision")).hasAttribute("open", ANY);
                assertThat(page.locator("#action-decision .invalid-feedback").first()).isVisible();
                noSidewaysScroll(page);
                screenshot(page, width, "entry-refused");

                // The priority guide adds up as descriptors are marked.
                page.navigate(base + "/entries/" + waiting.id() + "/priority/new");
                Locator sum = page.locator("#priority-sum");
                assertThat(sum.locator("[data-sum=present]")).hasText("0");
                assertThat(sum.locator("[data-sum=band]")).hasText("Prioridad 2");
                int cut = Integer.parseInt(sum.getAttribute("data-cut"));
                for (int item = 1; item <= cut; item++) {
                    page.locator("#answer-" + item + "-PRESENT").check();
                }
                page.locator("#answer-" + (cut + 1) + "-NO_DATA").check();
                assertThat(sum.locator("[data-sum=present]")).hasText(String.valueOf(cut));
                assertThat(sum.locator("[data-sum=noData]")).hasText("1");
                assertThat(sum.locator("[data-sum=band]")).hasText("Prioridad 1");
                assertThat(sum.locator("[aria-live=polite]")).isVisible();
                noSidewaysScroll(page);
                screenshot(page, width, "priority-form");
            }
        }
    }

    @Test
    void aMesaCoFacilitatorWorksOnATabletAndAPhone() {
        MesaFixtures.MesaWorld world = mesaFixtures.world();
        String base = "http://localhost:" + port;
        String mesa = "/mesas/" + world.mesaId();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, base, world.coFacilitator().username());
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("mesas", "/mesas");
            pages.put("mesa", mesa);
            pages.put("mesa-sessions", mesa + "/sessions");
            pages.put("mesa-agreements", mesa + "/agreements");
            pages.put("mesa-cases", mesa + "/cases");
            pages.put("mesa-members", mesa + "/members");
            pages.put("mesa-plan", mesa + "/plan");
            pages.put("mesa-network", mesa + "/network");
            pages.put("my-agreements", "/mesas/my-agreements");
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
                visitAll(page, base, width, pages);
            }
        }
    }

    /** Each page: no sideways scroll, the top bar folded into its menu button, a screenshot. */
    private static void visitAll(Page page, String base, int width, Map<String, String> pages) {
        pages.forEach((name, path) -> {
            page.navigate(base + path);
            assertThat(page.locator(".navbar-toggler")).isVisible();
            noSidewaysScroll(page);
            screenshot(page, width, name);
        });
    }

    private static void onScreen(Page page, Locator text) {
        assertThat(text.first()).isVisible();
        BoundingBox box = text.first().boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", text).isLessThanOrEqualTo(page.viewportSize().width);
    }

    private static String dueOn(WaitingListEntry entry) {
        return cl.circuito.shared.text.ChileanDates.day(entry.admissibilityDueOn());
    }
}

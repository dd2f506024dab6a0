package cl.circuito.journeys;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.RutShapes;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.PdfText;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import cl.circuito.calendar.BusinessCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A co-facilitator runs a session of her Mesa in a real browser: she records a session already held, who came,
 * writes the minutes with an agreement, presents a case (a good practice, by initials and age) whose strategy
 * becomes an agreement, and sends the minutes. At the next session the agreements come up for review and the
 * minutes for approval once its attendance is recorded; once approved they are read-only and their PDF says so.
 * A session on a Saturday asks her to confirm the date.
 */
@CircuitoTest
class MesaJourneyTests extends BrowserJourney {


    @LocalServerPort int port;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired JdbcClient jdbc;
    @Autowired BusinessCalendar calendar;

    @Test
    void aCoFacilitatorRunsASessionAndTheNextOneReviewsItsAgreementsAndApprovesItsMinutes() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        MesaWorld world = mesaFixtures.world();
        String base = "http://localhost:" + port + "/mesas/" + world.mesaId();

        Page page = browser.newPage();
        Browser.signIn(page, "http://localhost:" + port, world.coFacilitator().username());

        // 1. A session held two weeks ago, recorded now: it goes on to its attendance.
        LocalDate firstOn = businessDayOnOrBefore(today.minusDays(14), world);
        LocalDate secondOn = businessDayOnOrBefore(today, world);
        page.navigate(base + "/sessions");
        recordHeld(page, firstOn);
        UUID first = session(world, 1);
        assertThat(page.getByText("Sesión N° 1 registrada como realizada")).isVisible();

        // 2. Attendance: everyone present; the session is then held.
        page.navigate(base + "/sessions/" + first + "/attendance");
        Locator present = page.locator("input[type=radio][value=PRESENT]");
        for (int i = 0; i < present.count(); i++) {
            present.nth(i).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar asistencia")).click();
        assertThat(page.getByText("Asistencia guardada")).isVisible();

        // 3. Minutes: notes on the flows, and an agreement under the children's topics.
        page.navigate(base + "/sessions/" + first + "/minutes");
        Locator flows = item(page, "Revisión de flujos");
        flows.locator("textarea[name=notes]").fill("El PIE informa 4 niños en espera; se revisa la derivación desde Carabineros.");
        flows.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Guardar este punto")).click();
        Locator topics = item(page, "Temas atingentes");
        topics.getByText("Registrar un acuerdo en este punto").click();
        topics.locator("textarea[name=text]").fill("Coordinar con el CESFAM una hora de evaluación de salud mental.");
        topics.locator("select[name=responsibleMemberId]").selectOption(new SelectOption().setLabel("PIE"));
        topics.locator("input[name=responsiblePerson]").fill("Pía Paredes");
        topics.locator("input[name=dueOn]").fill(today.plusDays(10).toString());
        topics.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrar acuerdo")).click();
        assertThat(page.getByText("Coordinar con el CESFAM una hora de evaluación de salud mental.").first()).isVisible();

        // 4. A case review: a good practice, the child by initials and age; its strategy becomes an agreement.
        page.navigate(base + "/sessions/" + first + "/case-reviews");
        page.locator("#caseId-new").check();
        page.locator("#presentingMemberId").selectOption(new SelectOption().setLabel("PIE"));
        page.locator("#initials").fill("J.P.R.");
        page.locator("#age").fill("12");
        page.locator("input[name=criterion][value=GOOD_PRACTICE]").check();
        Locator answers = page.locator("textarea[name^='answers']");
        for (int i = 0; i < answers.count(); i++) {
            answers.nth(i).fill("Trabajo conjunto con la escuela y el CESFAM (sección " + (i + 1) + ").");
        }
        page.locator("#discussion").fill("La Mesa reconoce el plan único entre programas como factor clave.");
        page.locator("#strategy-text-0").fill("Sistematizar la experiencia para la jornada de autocapacitación.");
        page.locator("#strategy-member-0").selectOption(new SelectOption().setLabel("EDT"));
        page.locator("#strategy-due-0").fill(today.plusDays(20).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar el análisis")).click();
        assertThat(page.getByText("J. P. R., 12 años").first()).isVisible();

        // 5. The minutes go to the members.
        page.navigate(base + "/sessions/" + first + "/minutes");
        assertThat(page.getByText("J. P. R., 12 años").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar a los integrantes")).click();
        assertThat(page.getByText("Enviada a los integrantes").first()).isVisible();

        // 6. The next session, two weeks later: both agreements are carried to its review of agreements.
        page.navigate(base + "/sessions");
        recordHeld(page, secondOn);
        UUID second = session(world, 2);
        page.navigate(base + "/sessions/" + second);
        Locator review = page.locator("li, section, div.list-group-item, div.card")
                .filter(new Locator.FilterOptions().setHasText("Revisión de acuerdos")).last();
        assertThat(review.getByText("Coordinar con el CESFAM una hora de evaluación de salud mental.")).isVisible();
        assertThat(review.getByText("Sistematizar la experiencia para la jornada de autocapacitación.")).isVisible();

        // 7. ... and the first session's minutes for approval, at its reading of the minutes, once the session
        // has taken place for the record: its attendance first.
        page.navigate(base + "/sessions/" + second + "/minutes");
        assertThat(page.getByText("Acta de la sesión anterior (N° 1) por aprobar")).isVisible();
        assertThat(page.getByText("El acta se aprueba en esta sesión una vez realizada")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar el acta"))).hasCount(0);
        page.navigate(base + "/sessions/" + second + "/attendance");
        Locator presentAtSecond = page.locator("input[type=radio][value=PRESENT]");
        for (int i = 0; i < presentAtSecond.count(); i++) {
            presentAtSecond.nth(i).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar asistencia")).click();
        page.navigate(base + "/sessions/" + second + "/minutes");
        page.locator("#corrections").fill("Se corrige el nombre del CESFAM.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar el acta")).click();

        page.navigate(base + "/sessions/" + first + "/minutes");
        assertThat(page.getByText("Aprobada en la sesión N° 2").first()).isVisible();
        assertThat(page.locator("textarea[name=notes]")).hasCount(0);
        // The PDF as the browser's session downloads it.
        String text = PdfText.of(page.request().get(base + "/sessions/" + first + "/minutes.pdf").body()).text();
        assertThat(text).contains("Coordinar con el CESFAM", "J. P. R.", "Aprobada en la sesión N° 2",
                "Se corrige el nombre del CESFAM");
        assertThat(text).doesNotContainPattern(RutShapes.REGEX);

        // 8. The next session on a Saturday: the date is questioned next to it, and taken once confirmed.
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(1);
        page.navigate(base + "/sessions");
        page.locator("#new-heldOn").fill(saturday.toString());
        page.locator("#new-startsAt").fill("10:00");
        page.locator("#new-endsAt").fill("12:00");
        page.locator("#new-place").fill("Sede vecinal Los Volcanes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Programar sesión")).click();
        assertThat(page.locator("#new-heldOn-error")).containsText("es sábado, no es día hábil");
        assertThat(page.locator("#new-place")).hasValue("Sede vecinal Los Volcanes");
        page.getByLabel("Confirmo la fecha").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Programar sesión")).click();
        assertThat(page.getByText("Se programó 1 sesión.")).isVisible();
        assertThat(session(world, 3)).isNotNull();
    }

    /** "Registrar una sesión ya realizada", at the Mesa's usual room. */
    private static void recordHeld(Page page, LocalDate on) {
        page.locator("#past-heldOn").fill(on.toString());
        page.locator("#past-startsAt").fill("09:30");
        page.locator("#past-endsAt").fill("12:00");
        page.locator("#past-place").fill("Sala de reuniones de la OPD");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar sesión realizada")).click();
    }

    private LocalDate businessDayOnOrBefore(LocalDate date, MesaWorld world) {
        LocalDate day = date;
        while (!calendar.isBusinessDay(day, world.comunaCode())) {
            day = day.minusDays(1);
        }
        return day;
    }

    private UUID session(MesaWorld world, int number) {
        return jdbc.sql("select id from mesa_session where mesa_id = ? and number = ?")
                .params(world.mesaId(), number).query(UUID.class).single();
    }

    /** An agenda item's section on the minutes page, by the start of its title. */
    private static Locator item(Page page, String title) {
        return page.locator("section.card").filter(new Locator.FilterOptions()
                .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(title))));
    }
}

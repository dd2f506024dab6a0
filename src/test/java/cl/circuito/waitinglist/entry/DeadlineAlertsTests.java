package cl.circuito.waitinglist.entry;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.Alerts;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@CircuitoTest
class DeadlineAlertsTests {

    /** Received on Thursday 10-09-2026 with sufficient background: due Friday 25-09-2026 (Fiestas Patrias in between). */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);
    private static final LocalDate DUE = LocalDate.of(2026, 9, 25);

    @Autowired Fixtures fixtures;
    @Autowired DeadlineAlerts deadlineAlerts;
    @Autowired Alerts alerts;
    @Autowired MessageSource messages;

    UUID program;
    UUID otherProgram;
    UUID court;
    Actor director;
    Actor otherDirector;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        otherProgram = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
    }

    private WaitingListEntry registered(Actor actor, UUID programId, String surname) {
        return fixtures.referral(actor, programId, court).child("Amanda", surname).bornOn(LocalDate.of(2015, 3, 3))
                .receivedOn(RECEIVED).register();
    }

    private String text(Alert alert) {
        return messages.getMessage(alert.messageKey(), alert.args().toArray(), Locale.forLanguageTag("es-CL"));
    }

    @Test
    void anOverdueDecisionIsRedAndSaysHowManyBusinessDaysAgo() {
        WaitingListEntry entry = registered(director, program, "Vencida" + Fixtures.next());

        // Mon 28, Tue 29, Wed 30 September: three business days past Friday's deadline.
        List<Alert> found = deadlineAlerts.alertsFor(director, LocalDate.of(2026, 9, 30));

        assertThat(found).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.DEADLINE_OVERDUE);
            assertThat(alert.programId()).isEqualTo(program);
            assertThat(alert.link()).isEqualTo("/entries/" + entry.id());
            assertThat(alert.dueOn()).isEqualTo(DUE);
            assertThat(text(alert)).startsWith("Amanda Vencida").endsWith(" — decidir admisibilidad: vencido hace 3 días hábiles");
        });
    }

    @Test
    void aDecisionDueWithinThreeBusinessDaysIsAmberAndSaysWhen() {
        registered(director, program, "Pronto" + Fixtures.next());

        assertThat(deadlineAlerts.alertsFor(director, LocalDate.of(2026, 9, 22))).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.kind()).isEqualTo(AlertKind.DEADLINE_SOON);
                    assertThat(text(alert)).endsWith(" — decidir admisibilidad: vence en 3 días hábiles");
                });
        assertThat(deadlineAlerts.alertsFor(director, DUE)).singleElement()
                .satisfies(alert -> assertThat(text(alert)).endsWith(" — decidir admisibilidad: vence hoy"));
        // A week before, the deadline is not yet a concern; after the weekend past it, it is "vencido el".
        assertThat(deadlineAlerts.alertsFor(director, LocalDate.of(2026, 9, 15))).isEmpty();
        assertThat(deadlineAlerts.alertsFor(director, LocalDate.of(2026, 9, 27))).singleElement()
                .satisfies(alert -> assertThat(text(alert)).endsWith("vencido el 25-09-2026"));
    }

    @Test
    void anotherProgramsDeadlinesAreNotAlerted() {
        registered(director, program, "Propia" + Fixtures.next());
        WaitingListEntry foreign = registered(otherDirector, otherProgram, "Ajena" + Fixtures.next());

        List<Alert> found = alerts.of(director, LocalDate.of(2026, 9, 30));

        assertThat(found).isNotEmpty().allSatisfy(alert -> assertThat(alert.programId()).isEqualTo(program));
        assertThat(found).extracting(Alert::link).doesNotContain("/entries/" + foreign.id());
    }

    @Test
    void decidedEntriesAreNoLongerAlerted(@Autowired EntryDecisions decisions) {
        WaitingListEntry entry = registered(director, program, "Decidida" + Fixtures.next());
        decisions.declareEligible(director, entry.id(), entry.version(), LocalDate.of(2026, 9, 20), "Sujeto de atención");

        assertThat(deadlineAlerts.alertsFor(director, LocalDate.of(2026, 9, 30))).isEmpty();
    }
}

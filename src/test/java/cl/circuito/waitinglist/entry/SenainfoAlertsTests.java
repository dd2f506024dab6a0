package cl.circuito.waitinglist.entry;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
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
class SenainfoAlertsTests {

    /** Thursday 10-09-2026: two business days of grace end on Monday 14-09. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);

    @Autowired Fixtures fixtures;
    @Autowired SenainfoAlerts senainfoAlerts;
    @Autowired SenainfoSteps steps;
    @Autowired EntryDecisions decisions;
    @Autowired MessageSource messages;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private WaitingListEntry registered(String given) {
        return fixtures.referral(director, program, court).child(given, "Alerta" + Fixtures.next())
                .bornOn(LocalDate.of(2015, 3, 3)).receivedOn(RECEIVED).register();
    }

    private String text(Alert alert) {
        return messages.getMessage(alert.messageKey(), alert.args().toArray(), Locale.forLanguageTag("es-CL"));
    }

    @Test
    void aReferralNotEnteredInSenainfoAlertsOnceItsGraceHasPassed() {
        WaitingListEntry entry = registered("Amanda");

        assertThat(senainfoAlerts.alertsFor(director, LocalDate.of(2026, 9, 14))).isEmpty();
        List<Alert> found = senainfoAlerts.alertsFor(director, LocalDate.of(2026, 9, 15));

        assertThat(found).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.SENAINFO_PENDING);
            assertThat(alert.programId()).isEqualTo(program);
            assertThat(alert.link()).isEqualTo("/entries/" + entry.id());
            assertThat(text(alert)).startsWith("Amanda ")
                    .endsWith("— ingresar en la lista de espera de SENAINFO: recibido el 10-09-2026");
        });
        // A professional of the program does not take the step: no alert for them.
        Actor support = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        assertThat(senainfoAlerts.alertsFor(support, LocalDate.of(2026, 9, 15))).isEmpty();

        steps.record(director, entry.id(), entry.version(), SenainfoSteps.Step.ENTERED, RECEIVED);
        assertThat(senainfoAlerts.alertsFor(director, LocalDate.of(2026, 9, 15))).isEmpty();
    }

    @Test
    void aNotEligibleChildStillInSenainfoAlertsFromTheDecisionUntilRemoved() {
        WaitingListEntry entry = registered("Bruno");
        entry = steps.record(director, entry.id(), entry.version(), SenainfoSteps.Step.ENTERED, RECEIVED);
        // Decided on Friday 11-09: the grace ends on Tuesday 15-09.
        entry = decisions.declareNotEligible(director, entry.id(), entry.version(), LocalDate.of(2026, 9, 11),
                "Perfil preventivo", null, "PPF Los Aromos");

        assertThat(senainfoAlerts.alertsFor(director, LocalDate.of(2026, 9, 15))).isEmpty();
        assertThat(senainfoAlerts.alertsFor(director, LocalDate.of(2026, 9, 16))).singleElement()
                .satisfies(alert -> assertThat(text(alert))
                        .endsWith("— eliminar de SENAINFO: no sujeto de atención desde el 11-09-2026"));

        steps.record(director, entry.id(), entry.version(), SenainfoSteps.Step.REMOVED, LocalDate.of(2026, 9, 16));
        assertThat(senainfoAlerts.alertsFor(director, LocalDate.of(2026, 9, 16))).isEmpty();
    }
}

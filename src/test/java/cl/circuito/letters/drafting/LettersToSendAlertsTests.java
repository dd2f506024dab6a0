package cl.circuito.letters.drafting;

import cl.circuito.alerts.AlertKind;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The director's day page says how many oficios wait in the tray, without naming a child. */
@CircuitoTest
class LettersToSendAlertsTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired LettersToSendAlerts alerts;
    @Autowired LetterManagement letters;
    @Autowired MessageSource messages;

    @Test
    void countsDraftsAndIssuedLettersWithoutSendingForWhoeverMayIssueThem() {
        LetterScenario scenario = new LetterScenario(fixtures, decisions, jdbc);
        LocalDate today = LocalDate.now();
        assertThat(alerts.alertsFor(scenario.director, today)).isEmpty();

        for (int i = 0; i < 2; i++) {
            LetterScenario.Child child = scenario.refer(scenario.opd, 10);
            decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child),
                    today.minusDays(1), "No presenta indicadores de maltrato grave.", null, "PPF Ñuble Centro");
        }
        scenario.settle(scenario.program);

        assertThat(alerts.alertsFor(scenario.director, today)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.LETTERS_TO_SEND);
            assertThat(alert.link()).isEqualTo("/programs/" + scenario.program + "/letters");
            assertThat(text(alert.messageKey(), alert.args().toArray())).isEqualTo("2 borradores de oficio por revisar y emitir.");
        });

        UUID draft = jdbc.sql("select id from letter where program_id = ? and status = 'DRAFT' order by created_at limit 1")
                .param(scenario.program).query(UUID.class).single();
        letters.issue(scenario.director, draft, fixtures.version("letter", draft));

        assertThat(alerts.alertsFor(scenario.director, today)).singleElement().satisfies(alert ->
                assertThat(text(alert.messageKey(), alert.args().toArray()))
                        .isEqualTo("1 borrador de oficio por revisar y 1 oficio emitido sin envío registrado."));
        assertThat(alerts.alertsFor(fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(scenario.program)), today)).isEmpty();
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("es-CL"));
    }
}

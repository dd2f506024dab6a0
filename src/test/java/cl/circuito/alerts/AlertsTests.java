package cl.circuito.alerts;

import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);
    private static final UUID PRM = UUID.randomUUID();
    private static final UUID PPF = UUID.randomUUID();
    private static final Actor DIRECTOR = new Actor(UUID.randomUUID(), "d", "Directora", Role.PROGRAM_DIRECTOR,
            new AccessScope.Programs(Set.of(PRM, PPF)));

    private static Alert alert(AlertKind kind, UUID program, String name, LocalDate dueOn, String link) {
        return new Alert(kind, program, name, "alerts.test", List.of(), link, dueOn);
    }

    private static Alerts alertsFrom(AlertSource... sources) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < sources.length; i++) {
            beans.addBean("source" + i, sources[i]);
        }
        return new Alerts(beans.getBeanProvider(AlertSource.class));
    }

    @Test
    void mostUrgentKindFirstThenEarliestDateThenProgram() {
        Alert soon = alert(AlertKind.DEADLINE_SOON, PRM, "PRM Crecer", TODAY.plusDays(1), "/entries/1");
        Alert overdueLater = alert(AlertKind.DEADLINE_OVERDUE, PRM, "PRM Crecer", TODAY.minusDays(2), "/entries/2");
        Alert overdueEarlier = alert(AlertKind.DEADLINE_OVERDUE, PPF, "PPF Aurora", TODAY.minusDays(9), "/entries/3");
        Alert overdueSameDayOtherProgram = alert(AlertKind.DEADLINE_OVERDUE, PPF, "PPF Aurora", TODAY.minusDays(2), "/entries/4");
        Alert judicial = alert(AlertKind.JUDICIAL_ACTION_OPEN, PRM, "PRM Crecer", null, "/entries/5");
        Alert admission = alert(AlertKind.ADMISSION_SCHEDULED, PRM, "PRM Crecer", TODAY, "/entries/6");
        Alert monitoring = alert(AlertKind.MONITORING_BEHIND_PLAN, PPF, "PPF Aurora", null, "/programs/x");

        Alerts alerts = alertsFrom((actor, today) -> List.of(soon, overdueLater, admission),
                (actor, today) -> List.of(monitoring, overdueEarlier, judicial, overdueSameDayOtherProgram));

        assertThat(alerts.of(DIRECTOR, TODAY)).containsExactly(judicial, overdueEarlier, overdueSameDayOtherProgram,
                overdueLater, soon, monitoring, admission);
    }

    @Test
    void theBoardGroupsByKindCountsAndCountsRedAndAmberForTheBadge() {
        Alerts alerts = alertsFrom((actor, today) -> List.of(
                alert(AlertKind.ADMISSION_SCHEDULED, PRM, "PRM", TODAY, "/a"),
                alert(AlertKind.DEADLINE_OVERDUE, PRM, "PRM", TODAY.minusDays(3), "/b"),
                alert(AlertKind.DEADLINE_OVERDUE, PRM, "PRM", TODAY.minusDays(1), "/c"),
                alert(AlertKind.DEADLINE_SOON, PRM, "PRM", TODAY.plusDays(1), "/d")));

        AlertBoard board = alerts.board(DIRECTOR, TODAY);

        assertThat(board.counts()).containsExactly(Map.entry(AlertKind.DEADLINE_OVERDUE, 2),
                Map.entry(AlertKind.DEADLINE_SOON, 1), Map.entry(AlertKind.ADMISSION_SCHEDULED, 1));
        assertThat(board.urgentCount()).isEqualTo(3);
        assertThat(board.groups()).extracting(AlertBoard.Group::kind)
                .containsExactly(AlertKind.DEADLINE_OVERDUE, AlertKind.DEADLINE_SOON, AlertKind.ADMISSION_SCHEDULED);
        assertThat(board.groups().get(0).first(1)).extracting(Alert::link).containsExactly("/b");
        assertThat(board.only(AlertKind.DEADLINE_SOON).alerts()).extracting(Alert::link).containsExactly("/d");
    }

    @Test
    void whoMayNotReadChildRecordsHasNoAlertsAndNoSourceIsAsked() {
        Alerts alerts = alertsFrom((actor, today) -> {
            throw new AssertionError("an administrator's alerts must not be gathered");
        });
        Actor admin = new Actor(UUID.randomUUID(), "admin", "Admin", Role.ADMIN, new AccessScope.Nothing());

        assertThat(alerts.of(admin, TODAY)).isEmpty();
        assertThat(alerts.board(admin, TODAY).isEmpty()).isTrue();
    }

    @Test
    void aFailingSourceLeavesTheOthersOnThePageMarkedIncompleteButFailsTheStrictList() {
        Alert overdue = alert(AlertKind.DEADLINE_OVERDUE, PRM, "PRM", TODAY.minusDays(2), "/x");
        Alerts alerts = alertsFrom((actor, today) -> {
            throw new IllegalStateException("a module's query failed");
        }, (actor, today) -> List.of(overdue));

        AlertBoard board = alerts.board(DIRECTOR, TODAY);

        assertThat(board.alerts()).containsExactly(overdue);
        assertThat(board.complete()).isFalse();
        assertThatThrownBy(() -> alerts.of(DIRECTOR, TODAY)).isInstanceOf(IllegalStateException.class);
    }
}

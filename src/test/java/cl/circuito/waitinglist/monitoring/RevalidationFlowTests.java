package cl.circuito.waitinglist.monitoring;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Re-validation of long waits on hand-built waits, made through the real services: waits are set against the end of
 * the current month (what "due this month" reads), so the set points crossed do not depend on the day the test runs.
 */
@CircuitoTest
class RevalidationFlowTests {

    @Autowired Fixtures fixtures;
    @Autowired Revalidations revalidations;
    @Autowired MonitoringLog log;
    @Autowired MonitoringPlanning planning;
    @Autowired RevalidationAlerts alerts;
    @Autowired ApiTokenManagement tokens;
    @Autowired MockMvc mvc;

    UUID program;
    UUID court;
    Actor director;
    LocalDate today;
    YearMonth month;
    LocalDate monthEnd;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PPF", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        today = LocalDate.now(ZoneId.of("America/Santiago"));
        month = YearMonth.from(today);
        monthEnd = month.atEndOfMonth();
    }

    /** A waiting child received this many weeks (and days) before the month's end. */
    private UUID waitingWeeks(int weeks, int days) {
        LocalDate received = monthEnd.minusWeeks(weeks).minusDays(days);
        return fixtures.referral(director, program, court).surnamed("Revalida").receivedOn(received).waiting()
                .register().id();
    }

    private Map<UUID, Integer> dueNow() {
        return revalidations.due(director, program, month, null).all().stream()
                .collect(Collectors.toMap(MonitoringRows.DueForRevalidation::entryId, d -> d.due().setPointWeeks()));
    }

    private void revalidate(UUID entry, LocalDate on, boolean stillNeeds, boolean reachable) {
        log.record(director, entry, MonitoringActionKind.OTHER_CONTACT, on, null, MonitoringOutcome.PROTECTED, null,
                new RevalidationAnswers(stillNeeds, reachable));
    }

    @Test
    void waitsCrossingTwelveTwentySixAndFiftyTwoWeeksAreDueAndPlannedWithThatReason() {
        UUID eleven = waitingWeeks(11, 0);
        UUID twelve = waitingWeeks(12, 1);
        UUID twentySix = waitingWeeks(26, 2);
        UUID fiftyTwo = waitingWeeks(52, 3);
        UUID seventyEight = waitingWeeks(80, 0);

        Map<UUID, Integer> due = dueNow();
        assertThat(due).doesNotContainKey(eleven)
                .containsEntry(twelve, 12).containsEntry(twentySix, 26).containsEntry(fiftyTwo, 52)
                .containsEntry(seventyEight, 78);
        assertThat(revalidations.due(director, program, month, 26).shown())
                .extracting(MonitoringRows.DueForRevalidation::entryId).containsExactly(twentySix);
        MonitoringRows.DueForRevalidation row = revalidations.due(director, program, month, 52).shown().get(0);
        assertThat(row.weeksWaited()).isEqualTo(RevalidationSchedule.weeksWaited(row.receivedOn(), today));

        List<Alert> alert = alerts.alertsFor(director, today);
        assertThat(alert).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.REVALIDATIONS_DUE);
            assertThat(a.args()).containsExactly(4L);
        });

        MonitoringPlan plan = planning.plan(director, program, month);
        assertThat(plan.items()).filteredOn(i -> i.reason() == MonitoringPlanReason.REVALIDATION)
                .extracting(MonitoringPlanItem::entryId)
                .containsExactlyInAnyOrder(twelve, twentySix, fiftyTwo, seventyEight);
    }

    @Test
    void recordingAReValidationRemovesTheProposalUntilTheNextSetPoint() {
        UUID twentySix = waitingWeeks(26, 2);
        LocalDate received = monthEnd.minusWeeks(26).minusDays(2);
        // Re-validated at its 12-week point: still due at 26.
        revalidate(twentySix, received.plusWeeks(12).plusDays(1), true, true);
        assertThat(dueNow()).containsEntry(twentySix, 26);

        revalidate(twentySix, today, true, true);
        assertThat(dueNow()).doesNotContainKey(twentySix);
        assertThat(alerts.alertsFor(director, today)).isEmpty();
        // The next point (52 weeks) makes it due again, whoever asks then.
        LocalDate at52 = received.plusWeeks(52);
        assertThat(RevalidationSchedule.DEFAULT.due(received, today, YearMonth.from(at52).atEndOfMonth())).get()
                .extracting(RevalidationSchedule.Due::setPointWeeks).isEqualTo(52);
    }

    @Test
    void oneAnswerAloneIsRefusedNamingTheOther() {
        UUID entry = waitingWeeks(13, 0);
        assertThatThrownBy(() -> log.record(director, entry, MonitoringActionKind.OTHER_CONTACT, today, null,
                MonitoringOutcome.PROTECTED, null, new RevalidationAnswers(true, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.field()).isEqualTo("stillReachable");
                });
        assertThat(dueNow()).containsKey(entry);
    }

    @Test
    void anotherProgramsStaffSeesNothing() throws Exception {
        waitingWeeks(30, 0);
        UUID other = fixtures.program("PRM", "13101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(other));
        assertThatThrownBy(() -> revalidations.due(stranger, program, month, null)).isInstanceOf(NotFound.class);
        assertThat(alerts.alertsFor(stranger, today)).noneMatch(a -> a.programId().equals(program));
        String bearer = "Bearer " + tokens.create(stranger, "integración").secret();
        mvc.perform(get("/api/v1/programs/{id}/revalidations/{month}", program, month).header("Authorization", bearer))
                .andExpect(status().isNotFound());
        String own = "Bearer " + tokens.create(director, "integración").secret();
        mvc.perform(get("/api/v1/programs/{id}/revalidations/{month}", program, month).header("Authorization", own))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueInMonth").value(1))
                .andExpect(jsonPath("$.children[0].setPointWeeks").value(26));
    }

    @Test
    void theApiRecordsAReValidationAsAMonitoringAction() throws Exception {
        UUID entry = waitingWeeks(53, 0);
        String bearer = "Bearer " + tokens.create(director, "integración").secret();
        mvc.perform(post("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "OTHER_CONTACT", "performedOn": "%s", "outcome": "PROTECTED", "stillNeedsProgram": true}
                                """.formatted(today)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("stillReachable"));
        mvc.perform(post("/api/v1/entries/{id}/monitoring-actions", entry).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "OTHER_CONTACT", "performedOn": "%s", "outcome": "PROTECTED",
                                 "stillNeedsProgram": false, "stillReachable": true}
                                """.formatted(today)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.action.stillNeedsProgram").value(false))
                .andExpect(jsonPath("$.action.weeksWaited").isNumber());
        assertThat(dueNow()).doesNotContainKey(entry);
    }

    @Test
    void onlyTheNationalTeamChangesTheSchedule() throws Exception {
        Actor national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        Revalidations.Schedule before = revalidations.schedule();
        assertThatThrownBy(() -> revalidations.changeSchedule(director, List.of(8, 20), 10,
                before.schedule().version())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> revalidations.changeSchedule(national, List.of(20, 8), 10,
                before.schedule().version())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("setPointWeeks"));
        String bearer = "Bearer " + tokens.create(national, "integración").secret();
        mvc.perform(put("/api/v1/revalidation-schedule").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"setPointWeeks\": [12, 26], \"repeatEveryWeeks\": 2, \"version\": "
                                + before.schedule().version() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("repeatEveryWeeks"));
        Revalidations.Schedule changed = revalidations.changeSchedule(national, List.of(8, 20), 10,
                before.schedule().version());
        try {
            assertThat(changed.schedule().setPointWeeks()).containsExactly(8, 20);
            assertThat(changed.changedByName()).isNotBlank();
            UUID nine = waitingWeeks(9, 0);
            assertThat(dueNow()).containsEntry(nine, 8);
            assertThatThrownBy(() -> revalidations.changeSchedule(national, List.of(12), 26,
                    before.schedule().version())).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        } finally {
            revalidations.changeSchedule(national, before.schedule().setPointWeeks(),
                    before.schedule().repeatEveryWeeks(), changed.schedule().version());
        }
    }
}

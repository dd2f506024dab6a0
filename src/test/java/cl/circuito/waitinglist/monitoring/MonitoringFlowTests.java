package cl.circuito.waitinglist.monitoring;

import cl.circuito.alerts.Alert;
import cl.circuito.alerts.AlertKind;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.entry.EntryDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class MonitoringFlowTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired MonitoringLog log;
    @Autowired MonitoringPlanning planning;
    @Autowired JudicialProtection protection;
    @Autowired MonitoringQueries queries;
    @Autowired JudicialActionAlerts judicialAlerts;
    @Autowired MonitoringBehindPlanAlerts behindPlanAlerts;
    @Autowired AdmissionPlanning admissionPlanning;
    @Autowired Admissions admissions;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;
    Actor professional;
    LocalDate today;
    YearMonth month;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PPF", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        today = LocalDate.now(ZoneId.of("America/Santiago"));
        month = YearMonth.from(today);
    }

    private UUID waiting(int daysAgo) {
        return fixtures.referral(director, program, court).surnamed("Espera").receivedDaysAgo(daysAgo)
                .waiting().register().id();
    }

    private long count(String table, UUID entryId) {
        return jdbc.sql("select count(*) from " + table + " where entry_id = ?").param(entryId).query(Long.class).single();
    }

    private static void assertRule(Runnable action, HttpStatus status, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void recordsAMonitoringActionByAStaffMemberAndAuditsIt() {
        UUID entry = waiting(20);

        MonitoringLog.Recorded recorded = log.record(director, entry, MonitoringActionKind.OTHER_CONTACT,
                today.minusDays(2), professional.userId(), MonitoringOutcome.PROTECTED, "Llamada con la madre");

        assertThat(recorded.judicialAction()).isNull();
        MonitoringQueries.EntryMonitoring history = queries.ofEntry(director, entry);
        assertThat(history.actions()).singleElement().satisfies(a -> {
            assertThat(a.performedByName()).isEqualTo(professional.displayName());
            assertThat(a.recordedByName()).isEqualTo(director.displayName());
            assertThat(a.kind()).isEqualTo(MonitoringActionKind.OTHER_CONTACT);
        });
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'monitoring.audit.recorded'")
                .param(entry).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void refusesAFutureDateADateBeforeReceiptAndAStrangerAsPerformerSavingNothing() {
        UUID entry = waiting(10);

        assertRule(() -> log.record(professional, entry, MonitoringActionKind.IN_PERSON_INTERVIEW, today.plusDays(1),
                null, MonitoringOutcome.PROTECTED, null), HttpStatus.UNPROCESSABLE_CONTENT, "performedOn",
                "monitoring.error.dateInFuture");
        assertRule(() -> log.record(professional, entry, MonitoringActionKind.IN_PERSON_INTERVIEW, today.minusDays(11),
                null, MonitoringOutcome.PROTECTED, null), HttpStatus.UNPROCESSABLE_CONTENT, "performedOn",
                "monitoring.error.beforeReceipt");
        assertRule(() -> log.record(professional, entry, MonitoringActionKind.IN_PERSON_INTERVIEW, null,
                null, MonitoringOutcome.PROTECTED, null), HttpStatus.UNPROCESSABLE_CONTENT, "performedOn",
                "monitoring.error.dateRequired");
        assertRule(() -> log.record(professional, entry, MonitoringActionKind.IN_PERSON_INTERVIEW, today,
                UUID.randomUUID(), MonitoringOutcome.NOT_PROTECTED, null), HttpStatus.UNPROCESSABLE_CONTENT,
                "performedBy", "monitoring.error.notStaff");
        assertThat(count("monitoring_action", entry)).isZero();
        assertThat(count("judicial_action", entry)).isZero();
    }

    @Test
    void monitorsOnlyChildrenStillOnTheList() {
        UUID underReview = fixtures.referral(director, program, court).surnamed("Revision").receivedDaysAgo(5)
                .register().id();
        UUID exited = waiting(30);
        decisions.exit(director, exited, version(exited), ExitReason.FAMILY_MOVED, today, "Se cambió de región");

        assertRule(() -> log.record(director, underReview, MonitoringActionKind.OTHER, today, null,
                MonitoringOutcome.PROTECTED, null), HttpStatus.CONFLICT, null, "monitoring.error.notWaiting");
        assertRule(() -> log.record(director, exited, MonitoringActionKind.OTHER, today, null,
                MonitoringOutcome.NOT_PROTECTED, null), HttpStatus.CONFLICT, null, "monitoring.error.notWaiting");
        assertThat(count("monitoring_action", exited)).isZero();
        assertThat(count("judicial_action", exited)).isZero();
    }

    @Test
    void aNotProtectedOutcomeOpensExactlyOneJudicialActionUntilTheCourtAnswers() {
        UUID entry = waiting(40);

        MonitoringLog.Recorded first = log.record(professional, entry, MonitoringActionKind.IN_PERSON_INTERVIEW,
                today.minusDays(5), null, MonitoringOutcome.NOT_PROTECTED, "Relata nuevas agresiones");
        MonitoringLog.Recorded second = log.record(professional, entry, MonitoringActionKind.OTHER_CONTACT,
                today.minusDays(1), null, MonitoringOutcome.NOT_PROTECTED, null);

        assertThat(first.judicialActionOpened()).isTrue();
        assertThat(second.judicialActionOpened()).isFalse();
        assertThat(second.judicialAction().id()).isEqualTo(first.judicialAction().id());
        assertThat(count("judicial_action", entry)).isEqualTo(1L);
        JudicialAction opened = first.judicialAction();
        assertThat(opened.status()).isEqualTo(JudicialActionStatus.OPEN);
        assertThat(opened.openedOn()).isEqualTo(today.minusDays(5));
        assertThat(queries.openJudicialActions(List.of(program))).containsEntry(program, 1);

        // The professional may record monitoring but not act before the court.
        assertThatThrownBy(() -> protection.request(professional, opened.id(), actionVersion(opened.id()),
                JudicialActionKind.MEDIDA_CAUTELAR, today)).isInstanceOf(AccessDenied.class);
        assertRule(() -> protection.answer(director, opened.id(), actionVersion(opened.id()), "Respuesta", today),
                HttpStatus.CONFLICT, null, "judicial.error.notRequested");
        assertRule(() -> protection.request(director, opened.id(), actionVersion(opened.id()), null, today),
                HttpStatus.UNPROCESSABLE_CONTENT, "kind", "judicial.error.kindRequired");
        assertRule(() -> protection.request(director, opened.id(), actionVersion(opened.id()),
                JudicialActionKind.AUDIENCIA_EXTRAORDINARIA, today.minusDays(6)), HttpStatus.UNPROCESSABLE_CONTENT,
                "requestedOn", "judicial.error.beforeOpened");

        JudicialAction requested = protection.request(director, opened.id(), opened.version(),
                JudicialActionKind.AUDIENCIA_EXTRAORDINARIA, today.minusDays(4));
        assertThat(requested.status()).isEqualTo(JudicialActionStatus.REQUESTED);
        assertRule(() -> protection.answer(director, opened.id(), actionVersion(opened.id()), "  ", today),
                HttpStatus.UNPROCESSABLE_CONTENT, "answer", "judicial.error.answerRequired");
        assertRule(() -> protection.answer(director, opened.id(), actionVersion(opened.id()), "Cita a audiencia",
                today.minusDays(5)), HttpStatus.UNPROCESSABLE_CONTENT, "answeredOn", "judicial.error.beforeRequested");
        assertRule(() -> protection.answer(director, opened.id(), actionVersion(opened.id()), "Cita a audiencia",
                today.plusDays(1)), HttpStatus.UNPROCESSABLE_CONTENT, "answeredOn", "monitoring.error.dateInFuture");
        assertRule(() -> protection.answer(director, opened.id(), 0L, "Cita a audiencia", today),
                HttpStatus.CONFLICT, null, "judicial.error.stale");

        JudicialAction resolved = protection.answer(director, opened.id(), actionVersion(opened.id()),
                "El tribunal cita a audiencia extraordinaria y decreta medida de alejamiento.", today);

        assertThat(resolved.status()).isEqualTo(JudicialActionStatus.RESOLVED);
        assertThat(queries.openJudicialActions(List.of(program))).doesNotContainKey(program);
        // A new finding after the court answered opens a new task.
        assertThat(log.record(professional, entry, MonitoringActionKind.OTHER_CONTACT, today, null,
                MonitoringOutcome.NOT_PROTECTED, null).judicialActionOpened()).isTrue();
    }

    @Test
    void anotherProgramsJudicialActionIsNotFound() {
        UUID entry = waiting(15);
        JudicialAction action = log.record(director, entry, MonitoringActionKind.OTHER, today, null,
                MonitoringOutcome.NOT_PROTECTED, null).judicialAction();
        UUID otherProgram = fixtures.program("PPF", "13101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));

        assertRule(() -> protection.request(stranger, action.id(), actionVersion(action.id()),
                JudicialActionKind.MEDIDA_CAUTELAR, today), HttpStatus.NOT_FOUND, null, "judicial.error.notFound");
        assertThatThrownBy(() -> log.record(stranger, entry, MonitoringActionKind.OTHER, today, null,
                MonitoringOutcome.PROTECTED, null)).isInstanceOf(cl.circuito.shared.NotFound.class);
    }

    @Test
    void plansASampleForAProgramWithoutSupportProfessionalAndFollowsItsProgress() {
        List<UUID> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            entries.add(waiting(50 - i));
        }
        fixtures.assess(entries.get(9), 1, 14);
        fixtures.assess(entries.get(5), 2, 9);
        log.record(director, entries.get(0), MonitoringActionKind.OTHER_CONTACT, today.minusDays(45 - 0), null,
                MonitoringOutcome.PROTECTED, null);
        UUID neverMonitoredBefore = entries.get(1);

        MonitoringPlan plan = planning.plan(director, program, month);

        // 10 waiting → 3: the two assessed children, then the longest waiting among the never monitored.
        assertThat(plan.kind()).isEqualTo(MonitoringPlanKind.SAMPLE);
        assertThat(plan.requiredSize()).isEqualTo(3);
        assertThat(plan.items()).extracting(MonitoringPlanItem::entryId)
                .containsExactly(entries.get(9), entries.get(5), neverMonitoredBefore);
        assertThat(plan.items()).extracting(MonitoringPlanItem::reason).containsExactly(
                MonitoringPlanReason.HIGHEST_RISK, MonitoringPlanReason.HIGHEST_RISK, MonitoringPlanReason.LONGEST_WAITING);
        assertRule(() -> planning.plan(director, program, month), HttpStatus.CONFLICT, null,
                "monitoring.error.monthAlreadyPlanned");

        MonitoringProgress before = queries.progress(program, month);
        assertThat(before.planned()).isEqualTo(3);
        assertThat(before.done()).isZero();
        assertThat(before.neverMonitored()).isEqualTo(9);

        log.record(professional, entries.get(9), MonitoringActionKind.OTHER_CONTACT, today, null,
                MonitoringOutcome.PROTECTED, null);
        // Monitoring a child outside the plan counts against "never monitored", not as plan progress.
        log.record(professional, entries.get(3), MonitoringActionKind.OTHER_CONTACT, today, null,
                MonitoringOutcome.NOT_REACHED, null);
        MonitoringProgress after = queries.progress(program, month);
        assertThat(after.done()).isEqualTo(1);
        assertThat(after.neverMonitored()).isEqualTo(7);

        assertRule(() -> planning.remove(director, program, month, entries.get(5), planVersion(program, month), " "),
                HttpStatus.UNPROCESSABLE_CONTENT, "reason", "monitoring.error.removalReasonRequired");
        planning.remove(director, program, month, entries.get(5), planVersion(program, month),
                "Ingresará la próxima semana");
        planning.add(director, program, month, entries.get(3));
        assertRule(() -> planning.add(director, program, month, entries.get(3)),
                HttpStatus.UNPROCESSABLE_CONTENT, "entryId", "monitoring.error.alreadyPlanned");

        MonitoringProgress edited = queries.progress(program, month);
        assertThat(edited.planned()).isEqualTo(3);
        assertThat(edited.done()).isEqualTo(2);
        MonitoringQueries.MonitoringMonth view = queries.month(director, program, month, 0, 0, 25);
        assertThat(view.removed()).singleElement().satisfies(c -> {
            assertThat(c.entryId()).isEqualTo(entries.get(5));
            assertThat(c.removalReason()).isEqualTo("Ingresará la próxima semana");
        });
        assertThat(view.planned().getContent()).extracting(MonitoringRows.PlannedChild::reason)
                .contains(MonitoringPlanReason.ADDED_BY_DIRECTOR);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'monitoring.audit.planChildRemoved'")
                .param(entries.get(5)).query(Long.class).single()).isEqualTo(1L);
    }

    /**
     * A month whose planned children are admitted or leave the list mid-month: those who leave before being
     * monitored leave the plan (listed apart, neither planned nor pending); one monitored before leaving stays
     * done; the header's numbers are exactly the rows'.
     */
    @Test
    void childrenWhoLeaveTheListMidMonthLeaveThePlanAndTheHeaderAgreesWithTheRows() {
        fixtures.withSupportProfessional(program);
        jdbc.sql("update program set agreed_capacity = 2 where id = ?").param(program).update();
        UUID admittedAfterInterview = waiting(50);
        UUID admittedUnmonitored = waiting(49);
        UUID interviewed = waiting(40);
        UUID onlyPhoned = waiting(39);
        UUID moved = waiting(38);
        UUID untouched = waiting(37);
        UUID removed = waiting(36);
        planning.plan(director, program, month);
        planning.remove(director, program, month, removed, planVersion(program, month),
                "Se monitorea desde otro programa");

        record(interviewed, MonitoringActionKind.IN_PERSON_INTERVIEW);
        record(onlyPhoned, MonitoringActionKind.OTHER_CONTACT);
        record(admittedAfterInterview, MonitoringActionKind.IN_PERSON_INTERVIEW);
        admissionPlanning.confirm(director, program, month, List.of(admittedAfterInterview, admittedUnmonitored),
                java.util.Map.of());
        for (UUID admitted : List.of(admittedAfterInterview, admittedUnmonitored)) {
            admissions.recordInterview(director, admitted, version(admitted), today, "NNA y su madre", true,
                    "Pasaje 1", null);
            admissions.admit(director, admitted, version(admitted), today);
        }
        decisions.exit(director, moved, version(moved), ExitReason.FAMILY_MOVED, today, "Se trasladan a Arica");

        MonitoringQueries.MonitoringMonth view = queries.month(director, program, month, 0, 0, 25);
        List<MonitoringRows.PlannedChild> rows = view.planned().getContent();

        assertThat(rows).extracting(MonitoringRows.PlannedChild::entryId)
                .containsExactlyInAnyOrder(admittedAfterInterview, interviewed, onlyPhoned, untouched);
        assertThat(rows).filteredOn(MonitoringRows.PlannedChild::done).extracting(MonitoringRows.PlannedChild::entryId)
                .containsExactlyInAnyOrder(admittedAfterInterview, interviewed);
        assertThat(view.left()).extracting(MonitoringRows.PlannedChild::entryId, MonitoringRows.PlannedChild::exitReason,
                        MonitoringRows.PlannedChild::exitedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(admittedUnmonitored, ExitReason.ADMITTED, today),
                        org.assertj.core.groups.Tuple.tuple(moved, ExitReason.FAMILY_MOVED, today));
        assertThat(view.removed()).extracting(MonitoringRows.PlannedChild::entryId).containsExactly(removed);

        MonitoringProgress header = view.progress();
        assertThat(header.planned()).isEqualTo(rows.size()).isEqualTo((int) view.planned().getTotalElements()).isEqualTo(4);
        assertThat(header.done()).isEqualTo((int) rows.stream().filter(MonitoringRows.PlannedChild::done).count())
                .isEqualTo(2);
        assertThat(header.pending()).isEqualTo(2);
        assertThat(queries.progress(program, month)).isEqualTo(header);

        // The month before: every one of them was still on the list at its end, none monitored in it.
        jdbc.sql("update monitoring_plan set month = ? where program_id = ? and month = ?")
                .params(month.minusMonths(1).atDay(1), program, month.atDay(1)).update();
        MonitoringQueries.MonitoringMonth before = queries.month(director, program, month.minusMonths(1), 0, 0, 25);
        assertThat(before.planned().getTotalElements()).isEqualTo(6);
        assertThat(before.left()).isEmpty();
        assertThat(before.progress().planned()).isEqualTo(6);
        assertThat(before.progress().done()).isZero();
    }

    private void record(UUID entry, MonitoringActionKind kind) {
        log.record(professional, entry, kind, today, null, MonitoringOutcome.PROTECTED, null);
    }

    @Test
    void aProgramWithSupportProfessionalPlansAnInPersonInterviewForEveryChild() {
        fixtures.withSupportProfessional(program);
        UUID first = waiting(20);
        UUID second = waiting(25);

        MonitoringPlan plan = planning.plan(director, program, month);

        assertThat(plan.kind()).isEqualTo(MonitoringPlanKind.ALL_IN_PERSON);
        assertThat(plan.items()).extracting(MonitoringPlanItem::entryId).containsExactlyInAnyOrder(first, second);
        assertThat(plan.items()).extracting(MonitoringPlanItem::reason)
                .containsOnly(MonitoringPlanReason.EVERY_WAITING_CHILD);
        log.record(professional, first, MonitoringActionKind.OTHER_CONTACT, today, null, MonitoringOutcome.PROTECTED,
                null);
        assertThat(queries.progress(program, month).done()).isZero();
        log.record(professional, first, MonitoringActionKind.IN_PERSON_INTERVIEW, today, null,
                MonitoringOutcome.PROTECTED, null);
        assertThat(queries.progress(program, month).done()).isEqualTo(1);
    }

    @Test
    void onlyTheDirectorPlansAndOnlyTheCurrentMonthOrLater() {
        waiting(10);
        assertThatThrownBy(() -> planning.plan(professional, program, month)).isInstanceOf(AccessDenied.class);
        assertRule(() -> planning.plan(director, program, month.minusMonths(1)), HttpStatus.CONFLICT, null,
                "monitoring.error.pastMonth");
        assertThat(planning.plan(director, program, month.plusMonths(1)).items()).hasSize(1);
    }

    @Test
    void alertsCoverOnlyTheActorsPrograms() {
        UUID entry = waiting(30);
        log.record(director, entry, MonitoringActionKind.OTHER_CONTACT, today, null, MonitoringOutcome.NOT_PROTECTED,
                null);
        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        UUID otherEntry = fixtures.referral(otherDirector, otherProgram, court).surnamed("Otra").receivedDaysAgo(30)
                .waiting().register().id();
        log.record(otherDirector, otherEntry, MonitoringActionKind.OTHER_CONTACT, today, null,
                MonitoringOutcome.NOT_PROTECTED, null);

        List<Alert> alerts = judicialAlerts.alertsFor(director, today);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.JUDICIAL_ACTION_OPEN);
            assertThat(alert.programId()).isEqualTo(program);
            assertThat(alert.link()).startsWith("/entries/" + entry);
            assertThat(alert.messageKey()).isEqualTo("judicial.alert.open");
            assertThat((String) alert.args().get(0)).startsWith("Niña Espera");
        });
        assertThat(judicialAlerts.alertsFor(Fixtures.ROOT, today)).isEmpty();
    }

    @Test
    void aMonthBehindPlanAlertsThoseWhoMonitorTheProgram() {
        for (int i = 0; i < 4; i++) {
            waiting(40 + i);
        }
        planning.plan(director, program, month);
        LocalDate lateInMonth = month.atEndOfMonth();
        UUID otherProgram = fixtures.program("PPF", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));

        List<Alert> alerts = behindPlanAlerts.alertsFor(director, lateInMonth);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.MONITORING_BEHIND_PLAN);
            assertThat(alert.programId()).isEqualTo(program);
            assertThat(alert.args()).containsExactly(0, 2, 1);
            assertThat(alert.link()).isEqualTo("/programs/" + program + "/monitoring?month=" + month);
        });
        assertThat(behindPlanAlerts.alertsFor(otherDirector, lateInMonth)).isEmpty();
        assertThat(behindPlanAlerts.alertsFor(director, month.atDay(1))).isEmpty();
    }

    /** The judicial action's version as the entry page shows it now. */
    private Long actionVersion(UUID judicialActionId) {
        return fixtures.version("judicial_action", judicialActionId);
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    /** The month's plan version, as the monitoring page shows it. */
    private long planVersion(UUID program, java.time.YearMonth month) {
        return jdbc.sql("select version from monitoring_plan where program_id = ? and month = ?")
                .params(program, month.atDay(1)).query(Long.class).single();
    }
}

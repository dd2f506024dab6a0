package cl.circuito.waitinglist.admission;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.EntryRuleViolation;
import cl.circuito.waitinglist.entry.WaitingListEntries;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class AdmissionFlowTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);
    private static final YearMonth NEXT_MONTH = THIS_MONTH.plusMonths(1);

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired AdmissionPlanning planning;
    @Autowired Admissions admissions;
    @Autowired ActiveCaseManagement cases;
    @Autowired ProgramPlaces places;
    @Autowired AdmissionEstimates estimates;
    @Autowired WaitingListEntries entries;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private void capacity(int places) {
        jdbc.sql("update program set agreed_capacity = ? where id = ?").params(places, program).update();
    }

    /** An eligible child waiting; earlier receipt ranks first among the unassessed. */
    private UUID waiting(int daysAgo) {
        return fixtures.referral(director, program, court).child("Niña " + Fixtures.next(), "Ficticia")
                .bornOn(LocalDate.of(2015, 4, 4)).receivedOn(TODAY.minusDays(daysAgo))
                .eligibleOn(TODAY.minusDays(daysAgo - 1)).register().id();
    }

    private ActiveCase existingCase() {
        return cases.registerExisting(director, program, new ExistingCase(null, "Caso " + Fixtures.next(), "Anterior",
                null, LocalDate.of(2013, 1, 1), TODAY.minusMonths(3)));
    }

    /** The version a user would read on the entry's page now. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }

    private Long caseVersion(UUID caseId) {
        return fixtures.version("active_case", caseId);
    }

    private WaitingListEntry entry(UUID id) {
        return entries.findById(id).orElseThrow();
    }

    private void interview(UUID entryId, LocalDate heldOn) {
        admissions.recordInterview(director, entryId, version(entryId), heldOn, "NNA y su abuela", true,
                "Pasaje Uno 123, Santiago", null);
    }

    @Test
    void aScheduledChildIsInterviewedThenAdmittedAndBecomesAnActiveCase() {
        capacity(3);
        existingCase();
        UUID first = waiting(30);
        UUID second = waiting(20);
        assertThat(places.of(program)).isEqualTo(new Places(3, 1, 0, 2));

        AdmissionPlan plan = planning.confirm(director, program, THIS_MONTH, List.of(first, second), Map.of());

        assertThat(plan.items()).extracting(AdmissionPlan.Item::proposed).containsOnly(true);
        assertThat(entry(first).status()).isEqualTo(EntryStatus.SCHEDULED);
        assertThat(entry(first).scheduledMonth()).isEqualTo(THIS_MONTH);
        assertThat(places.of(program)).isEqualTo(new Places(3, 1, 2, 0));

        interview(first, TODAY);
        ActiveCase opened = admissions.admit(director, first, version(first), TODAY);

        WaitingListEntry admitted = entry(first);
        assertThat(admitted.status()).isEqualTo(EntryStatus.EXITED);
        assertThat(admitted.exitReason()).isEqualTo(ExitReason.ADMITTED);
        assertThat(admitted.exitedOn()).isEqualTo(TODAY);
        assertThat(opened.entryId()).isEqualTo(first);
        assertThat(opened.admittedOn()).isEqualTo(TODAY);
        assertThat(places.of(program)).isEqualTo(new Places(3, 2, 1, 0));
        assertThat(jdbc.sql("select kind from entry_event where entry_id = ? order by recorded_at").param(first)
                .query(String.class).list())
                .containsSubsequence("ADMISSION_SCHEDULED", "ADMISSION_INTERVIEW", "ADMITTED");
        assertThat(jdbc.sql("select what from audit_event where subject_id = ?").param(first).query(String.class).list())
                .contains("admission.audit.scheduled", "admission.audit.interview", "admission.audit.admitted");
    }

    @Test
    void admissionBeforeTheInterviewOrTheScheduledMonthIsRefusedNamingTheDateAndNothingIsSaved() {
        capacity(2);
        UUID child = waiting(30);
        UUID nextMonths = waiting(25);
        planning.confirm(director, program, THIS_MONTH, List.of(child), Map.of(nextMonths, "Ingresa el mes siguiente"));
        planning.confirm(director, program, NEXT_MONTH, List.of(nextMonths), Map.of());

        assertRefused(() -> admissions.admit(director, child, version(child), TODAY), "admittedOn",
                "admission.error.noInterview");
        assertRefused(() -> interview(child, TODAY.minusDays(1)), "heldOn",
                "admission.error.interviewBeforeScheduling");
        interview(child, TODAY);
        assertRefused(() -> admissions.admit(director, child, version(child), TODAY.plusDays(1)), "admittedOn",
                "admission.error.admittedInFuture");
        // Scheduled for next month: its places are next month's, however early the interview.
        interview(nextMonths, TODAY);
        assertRefused(() -> admissions.admit(director, nextMonths, version(nextMonths), TODAY), "admittedOn",
                "admission.error.admittedBeforeScheduledMonth");

        assertThat(entry(child).status()).isEqualTo(EntryStatus.SCHEDULED);
        assertThat(entry(nextMonths).status()).isEqualTo(EntryStatus.SCHEDULED);
        assertThat(jdbc.sql("select count(*) from active_case where entry_id in (?, ?)").params(child, nextMonths)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theInterviewNeedsWhoCameAndTheAddressAndOneOfAnEarlierSchedulingDoesNotCount() {
        capacity(2);
        UUID child = waiting(30);
        planning.confirm(director, program, THIS_MONTH, List.of(child), Map.of());

        assertRefused(() -> admissions.recordInterview(director, child, version(child), TODAY, " ", true,
                "Pasaje Uno 123", null), "attendees", "admission.error.attendeesRequired");
        assertRefused(() -> admissions.recordInterview(director, child, version(child), TODAY, "NNA y su abuela",
                null, "Pasaje Uno 123", null), "addressConfirmed", "admission.error.addressChoiceRequired");
        // No address at all is asked for where the page asks for it: the street.
        assertRefused(() -> admissions.recordInterview(director, child, version(child), TODAY, "NNA y su abuela",
                false, " ", null), "street", "admission.error.addressRequired");
        assertThat(jdbc.sql("select count(*) from admission_interview where entry_id = ?").param(child)
                .query(Long.class).single()).isZero();

        interview(child, TODAY);
        admissions.unschedule(director, child, version(child), "La familia pidió postergar el ingreso.");
        planning.confirm(director, program, THIS_MONTH, List.of(child), Map.of());

        // The interview belonged to the scheduling that was undone: the new one needs its own.
        assertRefused(() -> admissions.admit(director, child, version(child), TODAY), "admittedOn",
                "admission.error.noInterview");
        interview(child, TODAY);
        admissions.admit(director, child, version(child), TODAY);
        assertThat(entry(child).exitReason()).isEqualTo(ExitReason.ADMITTED);
        assertThat(jdbc.sql("select count(*) from admission_interview where entry_id = ?").param(child)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void schedulingBeyondCapacityIsRefusedWithTheArithmeticAndNothingIsSaved() {
        capacity(1);
        existingCase();
        UUID child = waiting(30);

        assertThatThrownBy(() -> planning.confirm(director, program, NEXT_MONTH, List.of(child),
                Map.of(child, "Urgencia")))
                .isInstanceOfSatisfying(AdmissionRuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("admission.error.noFreePlaces");
                    assertThat(e.arguments()).containsExactly(1, 1, 0, 0, 1);
                });
        assertThat(entry(child).status()).isEqualTo(EntryStatus.WAITING);
        assertThat(jdbc.sql("select count(*) from admission_plan where program_id = ?").param(program)
                .query(Long.class).single()).isZero();
        // A case that predates Circuito takes a place too: none left.
        assertThatThrownBy(this::existingCase).isInstanceOf(AdmissionRuleViolation.class);
    }

    @Test
    void everyDeviationFromTheProposalNeedsAReason() {
        capacity(2);
        UUID first = waiting(40);
        UUID second = waiting(30);
        UUID third = waiting(20);

        assertRefused(() -> planning.confirm(director, program, NEXT_MONTH, List.of(first, third), Map.of()),
                "reasons[" + second + "]", "admission.error.reasonForLeftOut");
        assertRefused(() -> planning.confirm(director, program, NEXT_MONTH, List.of(first, third),
                Map.of(second, "La familia pidió postergar")), "reasons[" + third + "]", "admission.error.reasonForAdded");
        assertRefused(() -> planning.confirm(director, program, YearMonth.from(TODAY).minusMonths(1), List.of(first),
                Map.of()), "month", "admission.error.monthPast");

        AdmissionPlan plan = planning.confirm(director, program, NEXT_MONTH, List.of(first, third),
                Map.of(second, "La familia pidió postergar", third, "Hermano de un NNA ya atendido"));

        assertThat(plan.items()).extracting(AdmissionPlan.Item::entryId, AdmissionPlan.Item::proposed,
                        AdmissionPlan.Item::chosen, AdmissionPlan.Item::deviationReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first, true, true, null),
                        org.assertj.core.groups.Tuple.tuple(second, true, false, "La familia pidió postergar"),
                        org.assertj.core.groups.Tuple.tuple(third, false, true, "Hermano de un NNA ya atendido"));
        assertThat(entry(third).scheduleReason()).isEqualTo("Hermano de un NNA ya atendido");
        assertThat(entry(second).status()).isEqualTo(EntryStatus.WAITING);
    }

    @Test
    void goingBackToTheListReopeningOrAnExitOfAScheduledChildFreesItsPlace() {
        capacity(3);
        UUID a = waiting(40);
        UUID b = waiting(30);
        UUID c = waiting(20);
        planning.confirm(director, program, NEXT_MONTH, List.of(a, b, c), Map.of());
        assertThat(places.of(program).free()).isZero();

        assertRefused(() -> admissions.unschedule(director, a, version(a), " "), "reason",
                "admission.error.reasonRequired");
        admissions.unschedule(director, a, version(a), "La familia no se presentó a la entrevista.");
        assertThat(entry(a).status()).isEqualTo(EntryStatus.WAITING);
        assertThat(entry(a).scheduledMonth()).isNull();
        assertThat(places.of(program).free()).isEqualTo(1);

        decisions.reopenDecision(director, b, version(b), "Nuevos antecedentes del tribunal.");
        assertThat(entry(b).status()).isEqualTo(EntryStatus.UNDER_REVIEW);
        assertThat(places.of(program).free()).isEqualTo(2);

        assertThatThrownBy(() -> decisions.exit(director, c, version(c), ExitReason.ADMITTED, TODAY, "Ingresa"))
                .isInstanceOf(EntryRuleViolation.class);
        decisions.exit(director, c, version(c), ExitReason.FAMILY_MOVED, TODAY, "Se trasladan a Arica.");
        assertThat(places.of(program)).isEqualTo(new Places(3, 0, 0, 3));
    }

    @Test
    void closingAnActiveCaseFreesAPlace() {
        capacity(1);
        ActiveCase existing = existingCase();
        assertThat(places.of(program).free()).isZero();

        assertRefused(() -> cases.close(director, existing.id(), caseVersion(existing.id()), TODAY,
                CaseCloseReason.INTERVENTION_COMPLETED, ""), "notes", "error.entry.textRequired");
        assertRefused(() -> cases.close(director, existing.id(), caseVersion(existing.id()), TODAY.minusMonths(4),
                CaseCloseReason.INTERVENTION_COMPLETED, "Alta"), "closedOn", "cases.error.closedBeforeAdmission");
        ActiveCase closed = cases.close(director, existing.id(), caseVersion(existing.id()), TODAY,
                CaseCloseReason.INTERVENTION_COMPLETED, "Se cumplen los objetivos del plan de intervención.");

        assertThat(closed.isOpen()).isFalse();
        assertThat(places.of(program)).isEqualTo(new Places(1, 0, 0, 1));
        assertThatThrownBy(() -> cases.close(director, existing.id(), caseVersion(existing.id()), TODAY,
                CaseCloseReason.OTHER, "x"))
                .isInstanceOfSatisfying(AdmissionRuleViolation.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(jdbc.sql("select what from audit_event where subject_id = ?").param(existing.id())
                .query(String.class).list()).contains("cases.audit.registeredExisting", "cases.audit.closed");
    }

    @Test
    void anEstimateIsAddedToTheHistoryOnlyWhenTheDateChanges() {
        capacity(2);
        existingCase();
        ActiveCase second = existingCase();
        UUID child = waiting(30); // the listener estimates it after the decision commits
        fixtures.settle();

        List<AdmissionEstimates.Estimate> first = estimates.history(child);
        assertThat(first).hasSize(1);
        // No place free, no history: fallback of max(1, 2 / 12) = 1 exit a month → the month after next.
        assertThat(first.get(0).basis()).isEqualTo(EstimateBasis.FALLBACK);
        assertThat(first.get(0).freePlaces()).isZero();
        assertThat(YearMonth.from(first.get(0).estimatedOn())).isEqualTo(NEXT_MONTH.plusMonths(1));

        assertThat(estimates.recompute(program)).isZero();
        assertThat(estimates.history(child)).hasSize(1);

        cases.close(director, second.id(), caseVersion(second.id()), TODAY, CaseCloseReason.TRANSFERRED,
                "Trasladado a otro PRM.");
        fixtures.settle();

        List<AdmissionEstimates.Estimate> after = estimates.history(child);
        assertThat(after).hasSize(2);
        assertThat(YearMonth.from(after.get(0).estimatedOn())).isEqualTo(NEXT_MONTH);
        assertThat(after.get(0).freePlaces()).isEqualTo(1);
        assertThat(after.get(0).estimatedOn().getDayOfWeek().getValue()).isLessThan(6);
    }

    @Test
    void theObservedExitRateNeedsSixMonthsOfHistory() {
        capacity(60);
        YearMonth current = YearMonth.from(TODAY);
        assertThat(estimates.exitRate(program, 60, current).basis()).isEqualTo(EstimateBasis.FALLBACK);

        for (int i = 0; i < 6; i++) {
            ActiveCase c = cases.registerExisting(director, program, new ExistingCase(null, "Egresado " + Fixtures.next(),
                    "Anterior", null, LocalDate.of(2012, 1, 1), current.minusMonths(9).atDay(1)));
            cases.close(director, c.id(), caseVersion(c.id()), current.minusMonths(1 + i % 6).atDay(10),
                    CaseCloseReason.OTHER, "Cierre");
        }

        AdmissionEstimate.ExitRate rate = estimates.exitRate(program, 60, current);
        assertThat(rate.basis()).isEqualTo(EstimateBasis.OBSERVED);
        assertThat(rate.perMonth()).isEqualByComparingTo("1.00");
    }

    /**
     * Two directors confirm the last free place at the same moment, each for a different child, in separate
     * transactions: the program's lock makes the second count after the first committed.
     */
    @Test
    void twoConfirmationsOfTheLastPlaceAtTheSameMomentAdmitExactlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                program = fixtures.program("PRM", "13101");
                director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
                Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
                capacity(3);
                existingCase();
                existingCase();
                UUID a = waiting(30);
                UUID b = waiting(20);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> first = pool.submit(() -> {
                    together.await();
                    return planning.confirm(director, program, NEXT_MONTH, List.of(a), Map.of());
                });
                Future<?> second = pool.submit(() -> {
                    together.await();
                    return planning.confirm(otherDirector, program, NEXT_MONTH, List.of(b),
                            Map.of(a, "Prioridad del tribunal", b, "Prioridad del tribunal"));
                });
                int succeeded = 0;
                int refused = 0;
                for (Future<?> outcome : List.of(first, second)) {
                    try {
                        outcome.get();
                        succeeded++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOfSatisfying(AdmissionRuleViolation.class,
                                v -> assertThat(v.messageKey()).isEqualTo("admission.error.noFreePlaces"));
                        refused++;
                    }
                }
                assertThat(succeeded).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
                assertThat(places.of(program)).isEqualTo(new Places(3, 2, 1, 0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}

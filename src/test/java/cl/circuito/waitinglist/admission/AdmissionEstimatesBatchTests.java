package cl.circuito.waitinglist.admission;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly run computes all programs together; it must record exactly what each program alone would. */
@CircuitoTest
class AdmissionEstimatesBatchTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));

    @Autowired Fixtures fixtures;
    @Autowired ActiveCaseManagement cases;
    @Autowired AdmissionEstimates estimates;
    @Autowired AdmissionEstimatesBatch batches;
    @Autowired ProgramDirectory programs;
    @Autowired BusinessCalendar calendar;
    @Autowired JdbcClient jdbc;

    @Test
    void theSetBasedComputationOfSeveralProgramsEqualsTheOneOfEachProgram() {
        // Programs that differ in what the estimate depends on: comuna (holidays), capacity, open and closed
        // cases (observed or fallback exit rate), scheduled admissions, priorities and a manual position.
        UUID small = program("13101");
        UUID observed = program("05101");
        UUID full = program("08101");
        UUID empty = program("13101");
        UUID withoutCases = program("16101");

        List<UUID> smallList = children(small, 9);
        openCases(small, 2);
        schedule(smallList.get(0));
        priority(smallList.get(1), 1, 9);
        priority(smallList.get(2), 2, 3);
        manualPosition(smallList.get(5), 1);

        List<UUID> observedList = children(observed, 12);
        openCases(observed, 20);
        closedCases(observed, 4, TODAY.minusMonths(3));
        priority(observedList.get(3), 1, 11);

        children(full, 4);
        openCases(full, 3);
        children(withoutCases, 3);

        fixtures.settle(); // the recomputations the changes above triggered are done

        // The capacities change without a trigger: every program has something to record.
        capacity(small, 5);
        capacity(observed, 30);
        capacity(full, 2);
        capacity(withoutCases, 1);
        jdbc.sql("delete from admission_estimate where entry_id = ?").param(observedList.get(7)).update();

        List<UUID> ids = List.of(small, observed, full, empty, withoutCases);
        List<AdmissionEstimates.Change> oneByOne = ids.stream()
                .flatMap(id -> estimates.pendingChanges(id).stream()).toList();
        List<ProgramSummary> summaries = ids.stream().map(id -> programs.find(id).orElseThrow()).toList();
        List<AdmissionEstimates.Change> together = batches.changes(summaries, YearMonth.now(ZoneId.of("America/Santiago")),
                new FirstBusinessDays(calendar));

        assertThat(oneByOne).extracting(AdmissionEstimates.Change::programId).contains(small, observed, full, withoutCases);
        assertThat(oneByOne).extracting(c -> c.result().rate().basis()).contains(EstimateBasis.OBSERVED, EstimateBasis.FALLBACK);
        assertThat(together).containsExactlyInAnyOrderElementsOf(oneByOne);

        int recorded = estimates.recomputeTogether(summaries, new FirstBusinessDays(calendar));

        assertThat(recorded).isEqualTo(oneByOne.size());
        ids.forEach(id -> assertThat(estimates.pendingChanges(id)).isEmpty());
        assertThat(estimates.history(observedList.get(7))).hasSize(1);
    }

    private UUID program(String comuna) {
        return fixtures.program("PRM", comuna);
    }

    private void capacity(UUID program, int places) {
        jdbc.sql("update program set agreed_capacity = ? where id = ?").params(places, program).update();
    }

    private List<UUID> children(UUID program, int count) {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        UUID court = fixtures.referrer("FAMILY_COURT");
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> fixtures.referral(director, program, court)
                .child("Niña " + Fixtures.next(), "Ficticia").bornOn(LocalDate.of(2015, 4, 4))
                .receivedOn(TODAY.minusDays(40 - i)).eligibleOn(TODAY.minusDays(39 - i)).register().id()).toList();
    }

    private void openCases(UUID program, int count) {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        for (int i = 0; i < count; i++) {
            cases.registerExisting(director, program, new ExistingCase(null, "Caso " + Fixtures.next(), "Anterior",
                    null, LocalDate.of(2013, 1, 1), TODAY.minusYears(1)));
        }
    }

    private void closedCases(UUID program, int count, LocalDate closedOn) {
        openCases(program, count);
        jdbc.sql("""
                        update active_case set closed_on = ?, close_reason = 'INTERVENTION_COMPLETED', close_notes = 'Egreso ficticio'
                         where id in (select id from active_case where program_id = ? and closed_on is null limit ?)
                        """)
                .params(closedOn, program, count).update();
    }

    private void schedule(UUID entry) {
        jdbc.sql("""
                        update waiting_list_entry set status = 'SCHEDULED', scheduled_month = ?, scheduled_at = now()
                         where id = ?""")
                .params(YearMonth.from(TODAY).plusMonths(1).atDay(1), entry).update();
    }

    private void priority(UUID entry, int priority, int score) {
        jdbc.sql("update waiting_list_entry set priority = ?, priority_score = ? where id = ?")
                .params(priority, score, entry).update();
    }

    private void manualPosition(UUID entry, int position) {
        jdbc.sql("""
                        update waiting_list_entry set manual_position = ?, manual_position_reason = 'Urgencia',
                               manual_position_at = now() where id = ?""")
                .params(position, entry).update();
    }
}

package cl.circuito.waitinglist.monitoring;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring page reads the proposal a page at a time from an index; page after page, it must be exactly the
 * proposal {@link MonitoringProposals} computes in memory for the whole list (the one a plan is made from).
 */
@CircuitoTest
class MonitoringProposalPagesTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);

    @Autowired Fixtures fixtures;
    @Autowired MonitoringLog log;
    @Autowired MonitoringQueries queries;
    @Autowired MonitoringProposals proposals;
    @Autowired ProgramDirectory programs;
    @Autowired JdbcClient jdbc;

    @Test
    void everyPageOfTheProposalFollowsTheInMemoryProposalForSeveralPrograms() {
        UUID court = fixtures.referrer("FAMILY_COURT");
        UUID sample = fixtures.program("PPF", "13101");
        UUID inPerson = fixtures.program("PRM", "05101");
        UUID large = fixtures.program("PRM", "08101");
        fixtures.withSupportProfessional(inPerson);
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(sample, inPerson, large));

        // Ties on every criterion but the last ones: same priority and score, same receipt, never monitored.
        List<UUID> sampleList = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            sampleList.add(fixtures.referral(director, sample, court).surnamed("Muestra").receivedDaysAgo(20 + i % 3)
                    .waiting().register().id());
        }
        for (int i = 0; i < 10; i++) {
            fixtures.assess(sampleList.get(i), i < 4 ? 1 : 2, i % 2 == 0 ? 8 : 5);
        }
        jdbc.sql("update waiting_list_entry set registered_at = ? where id in (?, ?, ?)")
                .params(java.sql.Timestamp.from(java.time.Instant.parse("2026-01-05T12:00:00Z")), sampleList.get(4),
                        sampleList.get(6), sampleList.get(8)).update();
        log.record(director, sampleList.get(0), MonitoringActionKind.OTHER_CONTACT, TODAY.minusDays(3), null,
                MonitoringOutcome.PROTECTED, null);
        log.record(director, sampleList.get(1), MonitoringActionKind.OTHER_CONTACT, TODAY.minusDays(9), null,
                MonitoringOutcome.PROTECTED, null);
        log.record(director, sampleList.get(1), MonitoringActionKind.IN_PERSON_INTERVIEW, TODAY.minusDays(2), null,
                MonitoringOutcome.PROTECTED, null);
        log.record(director, sampleList.get(11), MonitoringActionKind.OTHER_CONTACT, TODAY.minusDays(1), null,
                MonitoringOutcome.NOT_REACHED, null);

        for (int i = 0; i < 7; i++) {
            UUID entry = fixtures.referral(director, inPerson, court).surnamed("Presencial").receivedDaysAgo(10 + i)
                    .waiting().register().id();
            if (i % 3 == 0) {
                fixtures.assess(entry, 1, 6);
            }
        }
        for (int i = 0; i < 103; i++) {
            UUID entry = fixtures.referral(director, large, court).surnamed("Grande").receivedDaysAgo(40 + i % 5)
                    .waiting().register().id();
            if (i % 4 != 0) {
                fixtures.assess(entry, 1 + i % 2, i % 7);
            }
        }

        for (UUID program : List.of(sample, inPerson, large)) {
            MonitoringProposals.Proposal expected = proposals.of(programs.find(program).orElseThrow());
            List<MonitoringRows.PlannedChild> paged = new ArrayList<>();
            for (int page = 0; ; page++) {
                MonitoringQueries.MonitoringMonth view = queries.month(director, program, THIS_MONTH, page, 0, 4);
                assertThat(view.waitingNow()).isEqualTo(expected.waiting());
                assertThat(view.requiredNow()).isEqualTo(expected.required());
                assertThat(view.proposal().getTotalElements()).isEqualTo(expected.children().size());
                assertThat(view.neverMonitored().getTotalElements()).isEqualTo(neverMonitored(program));
                if (view.proposal().isEmpty()) {
                    break;
                }
                paged.addAll(view.proposal().getContent());
            }
            assertThat(paged).as("program %s", program).containsExactlyElementsOf(expected.children());
        }
    }

    /** As the page counted them before the entry kept its last monitoring date. */
    private long neverMonitored(UUID program) {
        return jdbc.sql("""
                        select count(*) from waiting_list_entry e
                         where e.program_id = ? and e.status in ('WAITING', 'SCHEDULED')
                           and not exists (select 1 from monitoring_action a where a.entry_id = e.id)""")
                .param(program).query(Long.class).single();
    }
}

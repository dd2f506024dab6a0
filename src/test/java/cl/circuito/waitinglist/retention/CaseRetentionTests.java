package cl.circuito.waitinglist.retention;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.admission.ExistingCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The active cases of children who were already in the program when it began using Circuito (no entry): due once
 * the program has ended and the case is closed; disposal erases the child and the closing's texts, keeps the dates
 * and the reason, and forgets the child's identity when nothing else refers to it.
 */
@CircuitoTest
class CaseRetentionTests {

    private static final String REASON = "Acta de eliminación N° 7/2026";

    @Autowired CaseRetention retention;
    @Autowired ActiveCaseManagement cases;
    @Autowired Fixtures fixtures;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    LocalDate today;
    UUID program;
    Actor director;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        program = fixtures.program("PRM", "08101");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void aClosedCaseOfAnEndedProgramIsDisposedOfKeepingItsDatesAndForgettingTheChild() {
        String surname = "Anterior" + Fixtures.next();
        ActiveCase closed = existing(surname, today.minusMonths(6));
        cases.close(director, closed.id(), fixtures.version("active_case", closed.id()), today.minusDays(20),
                CaseCloseReason.INTERVENTION_COMPLETED, "Cumplió sus objetivos con la familia de la calle Los Aromos.");
        ActiveCase open = existing("Abierto" + Fixtures.next(), today.minusMonths(2));

        assertThat(retention.kind()).isEqualTo(RecordKind.MONITORING);
        assertThat(retention.dueCounts(List.of(program), today)).as("the program still runs").isEmpty();
        refused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(closed.id()), REASON), today),
                "waitinglist.retention.error.caseProgramRunning");

        jdbc.sql("update program set active = false, ended_on = ? where id = ?").params(today.minusDays(5), program).update();

        assertThat(retention.due(director, program, today, 0, 10).getContent()).singleElement().satisfies(due -> {
            assertThat(due.id()).isEqualTo(closed.id());
            assertThat(due.label()).contains(surname);
            assertThat(due.dueSince()).isEqualTo(today.minusDays(5));
            assertThat(due.detail()).contains("Intervención finalizada");
        });
        refused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(closed.id(), open.id()), REASON), today),
                "waitinglist.retention.error.caseStillOpen");
        assertThatThrownBy(() -> retention.dispose(fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program)), program,
                DisposalChoice.of(List.of(closed.id()), REASON), today)).isInstanceOf(AccessDenied.class);
        UUID elsewhere = fixtures.program("PRM", "08101");
        UUID theirs = cases.registerExisting(fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(elsewhere)), elsewhere,
                new ExistingCase(null, "Caso", "Ajeno" + Fixtures.next(), null, LocalDate.of(2014, 2, 2),
                        today.minusMonths(1))).id();
        assertThatThrownBy(() -> retention.dispose(director, program, DisposalChoice.of(List.of(closed.id(), theirs), REASON),
                today)).as("another program's case").isInstanceOf(NotFound.class);
        UUID child = jdbc.sql("select child_id from active_case where id = ?").param(closed.id()).query(UUID.class).single();

        List<DueRecord> disposed = retention.dispose(director, program, DisposalChoice.of(List.of(closed.id()), REASON), today);

        assertThat(disposed).extracting(DueRecord::id).containsExactly(closed.id());
        Map<String, Object> row = jdbc.sql("select * from active_case where id = ?").param(closed.id()).query().singleRow();
        assertThat(row).containsEntry("child_id", null).containsEntry("close_notes", null)
                .containsEntry("close_reason", "INTERVENTION_COMPLETED")
                .containsEntry("closed_on", java.sql.Date.valueOf(today.minusDays(20)))
                .containsEntry("disposed_on", java.sql.Date.valueOf(today));
        assertThat(jdbc.sql("select count(*) from child where id = ?").param(child).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and action = 'DISPOSED'")
                .param(closed.id()).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select changes ->> 'reason' from audit_event where subject_id = ? and action = 'DISPOSED'")
                .param(child).query(String.class).single()).isEqualTo(REASON);
        assertThat(retention.dueCounts(List.of(program), today)).isEmpty();
        refused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(closed.id()), REASON), today),
                "waitinglist.retention.error.entryAlreadyDisposed");
    }

    private ActiveCase existing(String surname, LocalDate admittedOn) {
        return cases.registerExisting(director, program, new ExistingCase(null, "Caso", surname, null,
                LocalDate.of(2013, 1, 1), admittedOn));
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.field()).isEqualTo("recordIds");
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}

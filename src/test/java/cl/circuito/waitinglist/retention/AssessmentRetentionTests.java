package cl.circuito.waitinglist.retention;

import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.priority.AssessmentView;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import cl.circuito.waitinglist.priority.PriorityRuleViolation;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The priority guides applied (RecordKind.ASSESSMENTS) at the end of their retention: five years after the guide
 * was applied, once the child no longer waits. Disposal erases the answers, the notes and the override's reason and
 * keeps the numbers.
 */
@CircuitoTest
class AssessmentRetentionTests {

    private static final String REASON = "Acta de eliminación N° 7/2026";

    @Autowired AssessmentRetention retention;
    @Autowired EntryRetention entryRetention;
    @Autowired Fixtures fixtures;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired EntryDecisions decisions;
    @Autowired PriorityAssessments assessments;
    @Autowired MockMvc mvc;

    LocalDate today;
    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        program = fixtures.program("PRM", "08101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void anAssessmentIsDueFiveYearsAfterItWasAppliedOnceTheChildNoLongerWaits() {
        UUID gone = entry("Clara", today.minusYears(6));
        UUID due = assess(gone, today.minusYears(5).minusDays(10), 5, 2, "Sin red de apoyo");
        UUID later = assess(gone, today.minusYears(4), 6, 0, null);
        exit(gone, today.minusYears(3));
        UUID recent = entry("Inés", today.minusYears(6));
        UUID notYet = assess(recent, today.minusYears(5).plusDays(30), 3, 0, null);
        exit(recent, today.minusYears(4));
        UUID waiting = entry("Elena", today.minusYears(6));
        UUID stillWaiting = assess(waiting, today.minusYears(5).minusDays(20), 2, 1, null);

        assertThat(retention.kind()).isEqualTo(RecordKind.ASSESSMENTS);
        assertThat(retention.due(director, program, today, 0, 10).getContent()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(due);
            assertThat(record.label()).startsWith("Clara ");
            assertThat(record.recordDate()).isEqualTo(today.minusYears(5).minusDays(10));
            assertThat(record.dueSince()).isEqualTo(today.minusYears(5).minusDays(10).plusYears(5));
            assertThat(record.detail()).isEqualTo("Pauta aplicada el "
                    + ChileanDates.day(today.minusYears(5).minusDays(10)) + ", prioridad 1");
        });
        assertThat(retention.dueCounts(List.of(program), today)).containsEntry(program, 1);
        assertThat(retention.dueCounts(List.of(program), today.plusDays(30))).containsEntry(program, 2);

        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(due, notYet), REASON), today),
                "waitinglist.retention.error.assessmentNotDue");
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(stillWaiting), REASON), today),
                "waitinglist.retention.error.assessmentStillWaiting");
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(later), REASON), today),
                "waitinglist.retention.error.assessmentNotDue");
        assertThat(answers(due)).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from priority_assessment where disposed_on is not null and entry_id in (?, ?, ?)")
                .params(gone, recent, waiting).query(Long.class).single()).isZero();
    }

    @Test
    void disposalErasesTheAnswersNotesAndOverrideReasonAndKeepsTheNumbers() throws Exception {
        UUID entry = entry("Julia", today.minusYears(6));
        UUID first = assess(entry, today.minusYears(5).minusDays(10), 5, 2, "El adulto no cree el relato");
        assessments.override(director, entry, version(entry), 2, "La abuela la protege");
        UUID second = assess(entry, today.minusYears(4), 6, 0, "Reevaluada");
        exit(entry, today.minusYears(3));
        Map<String, Object> entryBefore = row("select * from waiting_list_entry where id = ?", entry);

        List<DueRecord> disposed = retention.dispose(director, program, DisposalChoice.of(List.of(first), " " + REASON + " "), today);

        assertThat(disposed).extracting(DueRecord::id).containsExactly(first);
        assertThat(row("select * from priority_assessment where id = ?", first))
                .containsEntry("notes", null).containsEntry("override_reason", null)
                .containsEntry("disposed_on", java.sql.Date.valueOf(today))
                .containsEntry("score", 5).containsEntry("no_data_count", 2).containsEntry("cut_used", 5)
                .containsEntry("computed_priority", 1).containsEntry("override_priority", 2)
                .containsEntry("final_priority", 2)
                .containsEntry("assessed_on", java.sql.Date.valueOf(today.minusYears(5).minusDays(10)));
        assertThat(answers(first)).isZero();
        assertThat(answers(second)).as("only the chosen assessment").isEqualTo(20);
        assertThat(row("select notes, override_reason, disposed_on from priority_assessment where id = ?", second))
                .containsEntry("notes", "Reevaluada").containsEntry("override_reason", "La abuela la protege")
                .containsEntry("disposed_on", null);
        assertThat(row("select * from waiting_list_entry where id = ?", entry)).as("the entry is not touched")
                .isEqualTo(entryBefore);
        assertThat(jdbc.sql("select changes ->> 'reason' from audit_event where subject_id = ? and what = ?")
                .params(entry, "waitinglist.retention.audit.assessmentDisposed").query(String.class).single())
                .isEqualTo(REASON);

        List<AssessmentView> history = assessments.history(director, entry);
        assertThat(history).extracting(AssessmentView::id).containsExactly(second, first);
        assertThat(history.get(1).disposed()).isTrue();
        assertThat(history.get(1).score()).isEqualTo(5);
        assertThat(history.get(1).finalPriority()).isEqualTo(2);
        assertThat(history.get(1).noDataItems()).isEmpty();
        assertThatThrownBy(() -> assessments.print(director, entry, first))
                .isInstanceOfSatisfying(PriorityRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("priority.error.printDisposed"));
        mvc.perform(get("/entries/{id}/priority/history", entry).with(fixtures.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Respuestas eliminadas el " + ChileanDates.day(today))));
        mvc.perform(get("/entries/{id}/priority/{a}/print", entry, first).with(fixtures.as(director)))
                .andExpect(status().isConflict());
        assertThat(retention.due(director, program, today, 0, 10).getTotalElements()).isZero();
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(first), REASON), today),
                "waitinglist.retention.error.assessmentAlreadyDisposed");
    }

    @Test
    void refusesAnotherProgramsAssessmentAndAProfessional() {
        UUID entry = entry("Paula", today.minusYears(6));
        UUID mine = assess(entry, today.minusYears(5).minusDays(1), 1, 0, null);
        exit(entry, today.minusYears(4));
        UUID otherProgram = fixtures.program("PRM", "08101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        UUID otherEntry = fixtures.referral(otherDirector, otherProgram, court).surnamed("Ajena")
                .receivedOn(today.minusYears(6)).eligibleOn(today.minusYears(6).plusDays(3)).register().id();
        UUID theirs = assessments.assess(otherDirector, otherEntry, version(otherEntry), today.minusYears(5).minusDays(1),
                answers(1, 0), null, false).id();
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));

        assertThatThrownBy(() -> retention.dispose(director, program, DisposalChoice.of(List.of(mine, theirs), REASON), today))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.dispose(director, otherProgram, DisposalChoice.of(List.of(theirs), REASON), today))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.due(director, otherProgram, today, 0, 10)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.dispose(professional, program, DisposalChoice.of(List.of(mine), REASON), today))
                .isInstanceOf(AccessDenied.class);
        assertThat(retention.due(professional, program, today, 0, 10).getContent()).extracting(DueRecord::id)
                .containsExactly(mine);
        assertThatThrownBy(() -> retention.dispose(director, program, DisposalChoice.of(List.of(mine), null), today))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(answers(mine)).isEqualTo(20);
    }

    @Test
    void anAssessmentDisposedOfWithItsEntryIsNoLongerDue() {
        UUID entry = entry("Rocío", today.minusYears(6));
        UUID assessment = assess(entry, today.minusYears(5).minusDays(10), 4, 0, "Notas");
        exit(entry, today.minusYears(4));
        jdbc.sql("update program set active = false, ended_on = ? where id = ?").params(today.minusDays(1), program)
                .update();
        assertThat(retention.dueCounts(List.of(program), today)).containsEntry(program, 1);

        entryRetention.dispose(director, program, DisposalChoice.of(List.of(entry), REASON), today);

        assertThat(retention.dueCounts(List.of(program), today)).isEmpty();
        assertThat(row("select notes, disposed_on from priority_assessment where id = ?", assessment))
                .containsEntry("notes", null).containsEntry("disposed_on", java.sql.Date.valueOf(today));
        assertThat(answers(assessment)).isZero();
        assertRefused(() -> retention.dispose(director, program, DisposalChoice.of(List.of(assessment), REASON), today),
                "waitinglist.retention.error.assessmentAlreadyDisposed");
    }

    // ------------------------------------------------------------------ data made as users make it

    /** A child referred on {@code receivedOn} and declared eligible three days later. */
    private UUID entry(String givenNames, LocalDate receivedOn) {
        return fixtures.referral(director, program, court).child(givenNames, "Pauta" + Fixtures.next())
                .receivedOn(receivedOn).eligibleOn(receivedOn.plusDays(3)).register().id();
    }

    private UUID assess(UUID entry, LocalDate on, int present, int noData, String notes) {
        return assessments.assess(director, entry, version(entry), on, answers(present, noData), notes, false).id();
    }

    private void exit(UUID entry, LocalDate on) {
        decisions.exit(director, entry, version(entry), ExitReason.COURT_MEASURE_ENDED, on, "Término de la medida");
    }

    private static Map<Integer, PriorityAnswer> answers(int present, int noData) {
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int n = 1; n <= 20; n++) {
            answers.put(n, n <= present ? PriorityAnswer.PRESENT
                    : n <= present + noData ? PriorityAnswer.NO_DATA : PriorityAnswer.ABSENT);
        }
        return answers;
    }

    private long answers(UUID assessment) {
        return jdbc.sql("select count(*) from priority_answer where assessment_id = ?").param(assessment)
                .query(Long.class).single();
    }

    private Long version(UUID entry) {
        return fixtures.version("waiting_list_entry", entry);
    }

    private Map<String, Object> row(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query().singleRow();
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.field()).isEqualTo("recordIds");
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}

package cl.circuito.waitinglist.priority;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class PriorityFlowTests {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);
    private static final LocalDate ASSESSED = LocalDate.of(2026, 9, 20);

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired PriorityAssessments assessments;
    @Autowired PrioritySettings settings;
    @Autowired PriorityInstruments instruments;
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

    private ReferralBuilder referral() {
        return fixtures.referral(director, program, court).child("Antonia", "Prioridad" + Fixtures.next())
                .bornOn(LocalDate.of(2015, 3, 2)).receivedOn(RECEIVED);
    }

    private WaitingListEntry eligible() {
        return referral().eligibleOn(RECEIVED.plusDays(5)).register();
    }

    static Map<Integer, PriorityAnswer> answers(int present, int noData) {
        Map<Integer, PriorityAnswer> answers = new HashMap<>();
        for (int n = 1; n <= 20; n++) {
            answers.put(n, n <= present ? PriorityAnswer.PRESENT
                    : n <= present + noData ? PriorityAnswer.NO_DATA : PriorityAnswer.ABSENT);
        }
        return answers;
    }

    private long assessmentsOf(UUID entryId) {
        return jdbc.sql("select count(*) from priority_assessment where entry_id = ?").param(entryId)
                .query(Long.class).single();
    }

    private long auditRows(UUID entryId, String what) {
        return jdbc.sql("select count(*) from audit_event where subject_id = ? and what = ?").params(entryId, what)
                .query(Long.class).single();
    }

    @Test
    void theSenameGuideIsSeededVerbatimInFourGroupsOfTwentyItems() {
        InstrumentView guide = settings.forProgram(director, program).instrument();

        assertThat(guide.code()).isEqualTo(PriorityInstrument.DEFAULT_CODE);
        assertThat(guide.groups()).extracting(InstrumentView.Group::title).containsExactly(
                "I. En relación al tipo de delito", "II. En relación al niño (a) y adolescente",
                "III. En relación a las características del adulto (a) a cargo",
                "Iv. En relación a características contextuales.");
        assertThat(guide.groups()).extracting(g -> g.items().size()).containsExactly(3, 5, 9, 3);
        assertThat(guide.groups().get(0).items().get(0).text()).isEqualTo("Abuso Sexual Intrafamiliar (ej: Agresor "
                + "viviendo con la víctima o en contacto permanente con ésta, con vínculo de parentesco cercano)");
        assertThat(guide.groups().get(3).items().get(2).number()).isEqualTo(20);
        assertThat(settings.forProgram(director, program).cut()).isEqualTo(5);
        assertThat(settings.forProgram(director, program).explicit()).isFalse();
    }

    @Test
    void assessingWritesThePriorityOnTheEntryTheTimelineAndTheAudit() {
        WaitingListEntry entry = eligible();

        AssessmentView view = assessments.assess(director, entry.id(), version(entry.id()), ASSESSED, answers(5, 2),
                "Informe del tribunal", false);

        assertThat(view.score()).isEqualTo(5);
        assertThat(view.finalPriority()).isEqualTo(1);
        assertThat(view.noDataItems()).extracting(AssessmentView.AnsweredItem::number).containsExactly(6, 7);
        assertThat(view.instrumentLabel()).isEqualTo("SENAME-2011 v1");
        var row = jdbc.sql("select priority, priority_score, priority_overridden from waiting_list_entry where id = ?")
                .param(entry.id()).query().singleRow();
        assertThat(row).containsEntry("priority", 1).containsEntry("priority_score", 5)
                .containsEntry("priority_overridden", false);
        assertThat(auditRows(entry.id(), "priority.audit.assessed")).isEqualTo(1);
        assertThat(assessments.current(director, entry.id())).get().extracting(AssessmentView::id).isEqualTo(view.id());
    }

    @Test
    void reassessingKeepsTheHistoryAndAStandingOverrideUnlessRemoved() {
        WaitingListEntry entry = eligible();
        AssessmentView first = assessments.assess(director, entry.id(), version(entry.id()), ASSESSED, answers(2, 0),
                null, false);
        AssessmentView overridden = assessments.override(director, entry.id(), version(entry.id()), 1,
                "Hermana menor con el agresor en el hogar");

        AssessmentView second = assessments.assess(director, entry.id(), version(entry.id()), ASSESSED.plusDays(3),
                answers(3, 0), null, false);
        assertThat(second.finalPriority()).isEqualTo(1);
        assertThat(second.computedPriority()).isEqualTo(2);
        assertThat(second.overrideReason()).isEqualTo("Hermana menor con el agresor en el hogar");
        AssessmentView third = assessments.assess(director, entry.id(), version(entry.id()), ASSESSED.plusDays(4),
                answers(3, 0), null, true);
        assertThat(third.overridden()).isFalse();
        assertThat(third.finalPriority()).isEqualTo(2);

        List<AssessmentView> history = assessments.history(director, entry.id());
        assertThat(history).extracting(AssessmentView::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(history.get(2).overridden()).isTrue();
        assertThat(overridden.finalPriority()).isEqualTo(1);
    }

    @Test
    void everyOverrideIsAuditedWithItsReason() {
        WaitingListEntry entry = eligible();
        assessments.assess(director, entry.id(), version(entry.id()), ASSESSED, answers(8, 0), null, false);

        assessments.override(director, entry.id(), version(entry.id()), 2,
                "Adulto protector, sin contacto con el agresor");
        assertThat(auditRows(entry.id(), "priority.audit.overridden")).isEqualTo(1);
        String changes = jdbc.sql("select changes::text from audit_event where subject_id = ? and what = ?")
                .params(entry.id(), "priority.audit.overridden").query(String.class).single();
        assertThat(changes).contains("Adulto protector, sin contacto con el agresor");

        assertThatThrownBy(() -> assessments.override(director, entry.id(), version(entry.id()), 2, " "))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> assessments.override(director, entry.id(), version(entry.id()), 1, "Otra razón"))
                .isInstanceOfSatisfying(PriorityRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("priority.error.overrideSameAsComputed"));
        assessments.override(director, entry.id(), version(entry.id()), null, "Se revisa: rige la pauta");
        assertThat(auditRows(entry.id(), "priority.audit.overrideRemoved")).isEqualTo(1);
        assertThat(assessments.current(director, entry.id()).orElseThrow().finalPriority()).isEqualTo(1);
    }

    @Test
    void anEntryUnderReviewOrExitedIsRefusedAndNothingIsSaved() {
        WaitingListEntry underReview = referral().register();
        assertThatThrownBy(() -> assessments.assess(director, underReview.id(), version(underReview.id()), ASSESSED,
                answers(5, 0), null, false))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("priority.error.transition.assess.UNDER_REVIEW");
                });

        WaitingListEntry exited = eligible();
        decisions.exit(director, exited.id(), version(exited.id()), ExitReason.WITHDRAWN, ASSESSED,
                "La familia desiste");
        assertThatThrownBy(() -> assessments.assess(director, exited.id(), version(exited.id()), ASSESSED,
                answers(5, 0), null, false))
                .isInstanceOfSatisfying(PriorityRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("priority.error.transition.assess.EXITED"));

        assertThat(assessmentsOf(underReview.id()) + assessmentsOf(exited.id())).isZero();
        assertThat(auditRows(underReview.id(), "priority.audit.assessed")).isZero();
    }

    @Test
    void unansweredItemsAreRefusedAndNothingIsHalfSaved() {
        WaitingListEntry entry = eligible();
        Map<Integer, PriorityAnswer> partial = answers(5, 0);
        partial.remove(20);

        assertThatThrownBy(() -> assessments.assess(director, entry.id(), version(entry.id()), ASSESSED, partial,
                null, false))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.unansweredItems()).containsExactly(20));
        assertThat(assessmentsOf(entry.id())).isZero();
        Integer priority = jdbc.sql("select priority from waiting_list_entry where id = ?").param(entry.id())
                .query(Integer.class).optional().orElse(null);
        assertThat(priority).isNull();
    }

    @Test
    void anotherProgramsEntryIsNotFoundAndOtherRolesMayNotAssess() {
        WaitingListEntry entry = eligible();
        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));

        assertThatThrownBy(() -> assessments.assess(otherDirector, entry.id(), version(entry.id()), ASSESSED,
                answers(5, 0), null, false))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> assessments.assess(professional, entry.id(), version(entry.id()), ASSESSED,
                answers(5, 0), null, false))
                .isInstanceOf(AccessDenied.class);
        assertThat(assessmentsOf(entry.id())).isZero();
    }

    @Test
    void theProgramsCutDecidesAndIsValidatedAgainstTheInstrument() {
        WaitingListEntry entry = eligible();
        UUID guide = settings.forProgram(director, program).instrument().id();

        assertThatThrownBy(() -> settings.choose(director, program, null, guide, 21))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.field()).isEqualTo("cut"));
        assertThatThrownBy(() -> settings.choose(director, program, null, guide, 0))
                .isInstanceOf(PriorityRuleViolation.class);
        assertThat(settings.forProgram(director, program).explicit()).isFalse();

        PrioritySettingView chosen = settings.choose(director, program, null, guide, 3);
        assertThat(chosen.cut()).isEqualTo(3);
        assertThat(chosen.explicit()).isTrue();
        assertThat(assessments.assess(director, entry.id(), version(entry.id()), ASSESSED, answers(3, 0), null,
                false).finalPriority())
                .isEqualTo(1);
        assertThatThrownBy(() -> settings.choose(director, program, chosen.version() + 5, guide, 4))
                .isInstanceOfSatisfying(Versions.Stale.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("priority.error.settingChanged");
                });
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        assertThatThrownBy(() -> settings.choose(otherDirector, program, null, guide, 4)).isInstanceOf(NotFound.class);
    }

    @Test
    void aNewVersionLeavesOldAssessmentsOnTheOldVersion() {
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        String code = "PRUEBA-" + Fixtures.next();
        InstrumentView v1 = instruments.publishNew(admin, code, new InstrumentDraft("Pauta de prueba", 2, List.of(
                new InstrumentDraft.Group("I. Delito", List.of("Abuso", "Maltrato")),
                new InstrumentDraft.Group("II. Contexto", List.of("Sin redes")))));
        settings.choose(admin, program, null, v1.id(), 2);
        WaitingListEntry entry = eligible();
        AssessmentView old = assessments.assess(director, entry.id(), version(entry.id()), ASSESSED,
                Map.of(1, PriorityAnswer.PRESENT, 2, PriorityAnswer.ABSENT, 3, PriorityAnswer.NO_DATA), null, false);

        InstrumentView v2 = instruments.publishVersion(admin, v1.id(), new InstrumentDraft("Pauta de prueba", 1, List.of(
                new InstrumentDraft.Group("I. Delito", List.of("Abuso sexual", "Maltrato grave", "Testigo de VIF")))));

        assertThat(v2.versionNumber()).isEqualTo(2);
        assertThat(instruments.show(v1.id()).latest()).isFalse();
        assertThat(assessments.history(director, entry.id())).singleElement().satisfies(a -> {
            assertThat(a.instrumentVersion()).isEqualTo(1);
            assertThat(a.groups()).hasSize(2);
            assertThat(a.id()).isEqualTo(old.id());
        });
        assertThat(settings.forProgram(director, program).newerVersion()).isEqualTo(2);
        assertThatThrownBy(() -> instruments.publishNew(admin, code, new InstrumentDraft("Otra", 1, List.of(
                new InstrumentDraft.Group("I", List.of("x"))))))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> instruments.publishNew(director, "OTRA-" + Fixtures.next(), new InstrumentDraft("Otra", 1,
                List.of(new InstrumentDraft.Group("I", List.of("x")))))).isInstanceOf(AccessDenied.class);
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}

package cl.circuito.mesas.cases;

import cl.circuito.shared.privacy.DisposalChoice;
import cl.circuito.shared.DomainException;
import cl.circuito.children.ChildIdentity;
import cl.circuito.children.ChildRegistry;
import cl.circuito.children.IdentityConfirmation;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.MesaYearFigures;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.CaseReviewDigest;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.privacy.DueRecord;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.mesas.cases.CaseTestData.nationalAnswers;
import static cl.circuito.mesas.cases.CaseTestData.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Mesa's closed cases at the end of the years it decided to keep them: nothing is due until it decides, nor before
 * those years pass; the disposal erases the initials, the closing note, the child's link (and identity, once nothing
 * else refers to the child), what was asked and said, and keeps every count; only the co-facilitators and whoever
 * sets the Mesa up may list and dispose.
 */
@CircuitoTest
class CaseDisposalTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    /** Two years back, so the sessions come after the fixtures' founding date and closing a year later is past. */
    private static final int YEAR = TODAY.getYear() - 2;
    private static final LocalDate CLOSED = LocalDate.of(YEAR, 6, 2);
    private static final String REASON = "Acta de eliminación N° 4/" + TODAY.getYear();

    @Autowired MesaFixtures mesaFixtures;
    @Autowired Fixtures fixtures;
    @Autowired CaseReviewing reviewing;
    @Autowired CaseQueries queries;
    @Autowired CaseRetentionSettings settings;
    @Autowired CaseDisposal disposal;
    @Autowired CaseReviewDigest digest;
    @Autowired MesaYearFigures figures;
    @Autowired ChildRegistry registry;
    @Autowired JdbcClient jdbc;

    MesaWorld w;
    MesaSession april;
    MesaSession may;

    @BeforeEach
    void aMesaWithSessions() {
        w = mesaFixtures.world();
        april = mesaFixtures.session(w, LocalDate.of(YEAR, 4, 8));
        may = mesaFixtures.session(w, LocalDate.of(YEAR, 5, 13));
    }

    /** A case presented at two sessions with a strategy each, then closed; its closing dated {@code closedOn}. */
    private UUID closedCase(String initials, LocalDate closedOn) {
        CaseReview first = reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), initials, 12,
                CaseCriterion.NO_PROGRESS, nationalAnswers("¿Quién acompaña a la familia?"),
                List.of(new CaseReviewing.Strategy("Visita conjunta PIE y CESFAM", w.healthMember(), "Sergio Salas",
                        LocalDate.of(YEAR, 5, 10)))));
        return followUpAndClose(first.caseId(), closedOn);
    }

    private UUID followUpAndClose(UUID caseId, LocalDate closedOn) {
        reviewing.present(w.coFacilitator(), w.mesaId(), may.id(), new CaseReviewing.ReviewDraft(caseId, null,
                CaseCriterion.HEALTH_OR_EDUCATION, nationalAnswers("¿Cómo sigue la asistencia a clases?"),
                "La escuela informa asistencia regular.", List.of(new CaseReviewing.Strategy(
                        "Reunión con la escuela", w.pieMember(), "Pía Paredes", LocalDate.of(YEAR, 6, 1)))));
        reviewing.close(w.member(), w.mesaId(), caseId, fixtures.version("mesa_case", caseId),
                "Egresa del programa con objetivos logrados.");
        // The passing of time: the case was closed back then.
        jdbc.sql("update mesa_case set closed_on = ? where id = ?").params(closedOn, caseId).update();
        return caseId;
    }

    private void keep(Integer years) {
        Long version = jdbc.sql("select version from mesa_case_settings where mesa_id = ?").param(w.mesaId())
                .query(Long.class).optional().orElse(null);
        settings.decide(w.coFacilitator(), w.mesaId(), years, version);
    }

    @Test
    void nothingIsDueWhileTheMesaHasNotDecidedNorBeforeItsYearsPass() {
        UUID old = closedCase("rps", CLOSED);
        UUID recent = closedCase("jpg", TODAY.minusYears(1).plusDays(1));
        UUID onTheDay = closedCase("mal", TODAY.minusYears(1));
        reviewing.openCase(w.coFacilitator(), w.mesaId(), new CaseReviewing.CaseDraft(w.pieMember(), null, "AB", 9, null));

        assertThat(disposal.kind()).isEqualTo(RecordKind.MESA_CASE_REVIEWS);
        assertThat(disposal.dueCounts(List.of(w.mesaId()), TODAY)).as("the Mesa has not decided").isEmpty();
        assertThat(disposal.due(w.coFacilitator(), w.mesaId(), TODAY, 0, 20).getContent()).isEmpty();
        refused(() -> disposal.dispose(w.coFacilitator(), w.mesaId(), DisposalChoice.of(List.of(old), REASON), TODAY),
                "mesacases.error.retention.undecided");

        keep(3);
        assertThat(disposal.dueCounts(List.of(w.mesaId()), TODAY)).as("three years have not passed").isEmpty();

        keep(1);
        assertThat(disposal.dueCounts(List.of(w.mesaId()), TODAY)).containsExactly(Map.entry(w.mesaId(), 2));
        assertThat(disposal.due(w.coFacilitator(), w.mesaId(), TODAY, 0, 20).getContent())
                .containsExactly(
                        new DueRecord(old, "R. P. S., 12 años", "Cerrado el " + ChileanDates.day(CLOSED) + " · 2 revisiones",
                                CLOSED, CLOSED.plusYears(1)),
                        new DueRecord(onTheDay, "M. A. L., 12 años",
                                "Cerrado el " + ChileanDates.day(TODAY.minusYears(1)) + " · 2 revisiones",
                                TODAY.minusYears(1), TODAY));
        refused(() -> disposal.dispose(w.coFacilitator(), w.mesaId(), DisposalChoice.of(List.of(old, recent), REASON), TODAY),
                "mesacases.error.retention.notDue");
        assertThat(jdbc.sql("select count(*) from mesa_case where id = ? and disposed_on is null and initials = 'R. P. S.'")
                .param(old).query(Integer.class).single()).as("all or none").isEqualTo(1);
        assertThat(disposal.due(w.coFacilitator(), w.mesaId(), TODAY.minusDays(1), 0, 20).getContent())
                .extracting(DueRecord::id).containsExactly(old);
    }

    @Test
    void disposalErasesWhatIdentifiesAndWhatWasSaidAndKeepsEveryCount() {
        UUID caseId = closedCase("rps", CLOSED);
        keep(1);
        CaseViews.Counts countsBefore = queries.counts(w.manager(), w.mesaId());
        MesaYearFigures.Figures figuresBefore = yearFigures();
        List<Map<String, Object>> reviewsBefore = reviewFacts(caseId);
        List<Map<String, Object>> strategiesBefore = strategies(caseId);
        assertThat(figuresBefore.reviews()).isEqualTo(2);
        assertThat(strategiesBefore).hasSize(2);

        List<DueRecord> disposed = disposal.dispose(w.coFacilitator(), w.mesaId(), DisposalChoice.of(List.of(caseId), "  " + REASON + " "),
                TODAY);

        assertThat(disposed).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(caseId);
            assertThat(r.label()).isEqualTo("R. P. S., 12 años");
        });
        Map<String, Object> row = jdbc.sql("select * from mesa_case where id = ?").param(caseId).query().singleRow();
        assertThat(row.get("initials")).isEqualTo(MesaCase.ERASED_INITIALS);
        assertThat(row.get("closing_note")).isNull();
        assertThat(row.get("child_id")).isNull();
        assertThat(row.get("disposed_on")).isEqualTo(java.sql.Date.valueOf(TODAY));
        assertThat(row.get("age")).isEqualTo(12);
        assertThat(row.get("sex")).isEqualTo("FEMALE");
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("closed_on")).isEqualTo(java.sql.Date.valueOf(CLOSED));
        assertThat(row.get("presenting_member_id")).isEqualTo(w.pieMember());
        assertThat(jdbc.sql("select count(*) from mesa_case_review where case_id = ? and (question is not null or discussion is not null)")
                .param(caseId).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) filter (where a.content is not null) as kept, count(*) as answers,
                               count(distinct a.label) as labels
                          from mesa_case_review_answer a join mesa_case_review r on r.id = a.review_id where r.case_id = ?""")
                .param(caseId).query((rs, n) -> List.of(rs.getInt("kept"), rs.getInt("answers"), rs.getInt("labels")))
                .single()).as("no content; every section's label stays").containsExactly(0, 10, 5);
        assertThat(reviewFacts(caseId)).as("numbers, sessions, criteria, dates").isEqualTo(reviewsBefore);
        assertThat(strategies(caseId)).as("the strategies stay the Mesa's agreements").isEqualTo(strategiesBefore);

        assertThat(queries.counts(w.manager(), w.mesaId())).isEqualTo(countsBefore);
        MesaYearFigures.Figures figuresAfter = yearFigures();
        assertThat(figuresAfter.reviewsByCriterion()).isEqualTo(figuresBefore.reviewsByCriterion());
        assertThat(figuresAfter.reviews()).isEqualTo(2);
        assertThat(figuresAfter.agreementsMade()).isEqualTo(figuresBefore.agreementsMade());
        assertThat(digest.forSession(april.id())).singleElement().satisfies(line -> {
            assertThat(line.initials()).isEqualTo("Caso eliminado");
            assertThat(line.age()).isEqualTo(12);
            assertThat(line.question()).isNull();
            assertThat(line.discussion()).isNull();
            assertThat(line.presentation()).isEmpty();
            assertThat(line.strategies()).singleElement().asString().contains("Visita conjunta PIE y CESFAM");
        });
        CaseViews.CaseView view = queries.caseView(w.member(), w.mesaId(), caseId);
        assertThat(view.disposed()).isTrue();
        assertThat(view.reviews()).hasSize(2).allSatisfy(r -> {
            assertThat(r.disposed()).isTrue();
            assertThat(r.sections()).allSatisfy(s -> assertThat(s.content()).isNull());
        });

        assertThat(jdbc.sql("""
                        select changes ->> 'reason' from audit_event
                         where subject_type = 'MESA_CASE' and subject_id = ? and what = 'mesacases.audit.caseDisposed'""")
                .param(caseId).query(String.class).list()).containsExactly(REASON);
        assertThat(disposal.due(w.coFacilitator(), w.mesaId(), TODAY, 0, 20).getContent()).isEmpty();
        refused(() -> disposal.dispose(w.coFacilitator(), w.mesaId(), DisposalChoice.of(List.of(caseId), REASON), TODAY),
                "mesacases.error.retention.alreadyDisposed");
        // A follow-up of the disposed case is refused saying what happened to it, not naming it by its erased initials.
        MesaSession july = mesaFixtures.session(w, LocalDate.of(YEAR, 7, 8));
        assertThatThrownBy(() -> reviewing.present(w.coFacilitator(), w.mesaId(), july.id(), new CaseReviewing.ReviewDraft(
                caseId, null, CaseCriterion.NO_PROGRESS, nationalAnswers("¿Sigue?"), null, List.of())))
                .isInstanceOfSatisfying(MesaRuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("mesacases.error.caseDisposed");
                });
    }

    @Test
    void theChildsIdentityIsErasedOnlyWhenNothingElseRefersToIt() {
        // A child the registry knows only through this case: the link written as a program's pick writes it.
        UUID alone = registry.identify(new ChildIdentity(null, Fixtures.unique("Amanda"), "Quilodrán", "Soto",
                LocalDate.of(2013, 5, 2)), w.member().userId(), IdentityConfirmation.NONE).child().id();
        UUID lonely = closedCase("aqs", CLOSED);
        jdbc.sql("update mesa_case set child_id = ? where id = ?").params(alone, lonely).update();
        // A child picked from the PIE's waiting list: the entry still refers to the child.
        UUID waiting = fixtures.referral(w.member(), w.pie(), fixtures.referrer("FAMILY_COURT")).rut(Fixtures.rut())
                .child("Benjamín", "Rojas" + Fixtures.next(), "Vera").bornOn(LocalDate.of(2012, 8, 1))
                .receivedOn(TODAY.minusDays(20)).register().childId();
        CaseReview picked = reviewing.present(w.member(), w.mesaId(), april.id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(w.pieMember(), waiting, null, null, null), CaseCriterion.SEVERAL_PROGRAMS,
                nationalAnswers("¿Qué programa coordina?"), null, List.of()));
        UUID listed = followUpAndClose(picked.caseId(), CLOSED);
        keep(1);

        disposal.dispose(w.coFacilitator(), w.mesaId(), DisposalChoice.of(List.of(lonely, listed), REASON), TODAY);

        assertThat(jdbc.sql("select count(*) from child where id = ?").param(alone).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from child where id = ?").param(waiting).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from mesa_case where id in (?, ?) and child_id is null")
                .params(lonely, listed).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select subject_id, changes ->> 'reason' as reason from audit_event
                         where subject_type = 'CHILD' and what = 'mesacases.audit.childForgotten' and subject_id in (?, ?)""")
                .params(alone, waiting).query((rs, n) -> List.of(rs.getObject("subject_id"), rs.getString("reason"))).list())
                .containsExactly(List.of(alone, REASON));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where what = 'mesacases.audit.caseDisposed'
                           and subject_id in (?, ?) and changes ->> 'reason' = ?""")
                .params(lonely, listed, REASON).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyTheCoFacilitatorsAndWhoeverSetsTheMesaUpListAndDispose() {
        UUID caseId = closedCase("rps", CLOSED);
        keep(1);

        forbidden(w.member());
        forbidden(w.national());
        for (Actor stranger : List.of(w.outsider(), w.otherManager())) {
            assertThatThrownBy(() -> disposal.due(stranger, w.mesaId(), TODAY, 0, 20)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> disposal.dispose(stranger, w.mesaId(), DisposalChoice.of(List.of(caseId), REASON), TODAY))
                    .isInstanceOf(NotFound.class);
        }
        // The territorial manager and the administrator see no initials or age on the case pages: nor here.
        assertThat(disposal.due(w.manager(), w.mesaId(), TODAY, 0, 20).getContent()).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("Caso presentado por PIE"));
        assertThat(disposal.due(w.admin(), w.mesaId(), TODAY, 0, 20).getContent()).extracting(DueRecord::label)
                .containsExactly("Caso presentado por PIE");
        assertThat(disposal.due(w.edtCoFacilitator(), w.mesaId(), TODAY, 0, 20).getContent()).extracting(DueRecord::label)
                .containsExactly("R. P. S., 12 años");

        // A choice without a reason or without cases is refused before it reaches the Mesa (DisposalChoice).
        assertThatThrownBy(() -> DisposalChoice.of(List.of(caseId), " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> DisposalChoice.of(List.of(), REASON))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("recordIds"));

        MesaWorld other = mesaFixtures.world();
        MesaSession theirs = mesaFixtures.session(other, LocalDate.of(YEAR, 4, 9));
        UUID theirCase = reviewing.present(other.member(), other.mesaId(), theirs.id(), newCase(other.pieMember(), "ab",
                9, CaseCriterion.COMPLEX_SITUATION, nationalAnswers("¿Qué hacemos?"), List.of())).caseId();
        assertThatThrownBy(() -> disposal.dispose(w.coFacilitator(), w.mesaId(), DisposalChoice.of(List.of(caseId, theirCase), REASON), TODAY))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> disposal.dispose(w.coFacilitator(), other.mesaId(), DisposalChoice.of(List.of(theirCase), REASON), TODAY))
                .as("a co-facilitator of another Mesa").isInstanceOf(NotFound.class);

        assertThat(disposal.dispose(w.manager(), w.mesaId(), DisposalChoice.of(List.of(caseId), REASON), TODAY)).extracting(DueRecord::label)
                .containsExactly("Caso presentado por PIE");
        assertThat(jdbc.sql("select actor_id from audit_event where subject_id = ? and what = 'mesacases.audit.caseDisposed'")
                .param(caseId).query(UUID.class).single()).isEqualTo(w.manager().userId());
        assertThat(jdbc.sql("select count(*) from mesa_case where id = ? and disposed_on is null").param(theirCase)
                .query(Integer.class).single()).isOne();
    }

    private void forbidden(Actor actor) {
        UUID any = UUID.randomUUID();
        assertThatThrownBy(() -> disposal.due(actor, w.mesaId(), TODAY, 0, 20)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> disposal.dispose(actor, w.mesaId(), DisposalChoice.of(List.of(any), REASON), TODAY))
                .isInstanceOf(AccessDenied.class);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MesaRuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.field()).isEqualTo("recordIds");
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private MesaYearFigures.Figures yearFigures() {
        return figures.of(List.of(w.mesaId()), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)).get(0);
    }

    private List<Map<String, Object>> reviewFacts(UUID caseId) {
        return jdbc.sql("""
                        select id, number, session_id, criterion, format_name, created_at, created_by_name, mesa_id
                          from mesa_case_review where case_id = ? order by number""").param(caseId).query().listOfRows();
    }

    private List<Map<String, Object>> strategies(UUID caseId) {
        return jdbc.sql("""
                        select a.id, a.text, a.status, a.responsible_member_id, a.due_on, a.session_id
                          from mesa_agreement a join mesa_case_review r on r.id = a.case_review_id
                         where r.case_id = ? order by a.created_at""").param(caseId).query().listOfRows();
    }
}

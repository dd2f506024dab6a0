package cl.circuito.mesas.cases;

import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.agreements.Agreements;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.sessions.CaseReviewDigest;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.mesas.cases.CaseTestData.newCase;
import static cl.circuito.mesas.cases.CaseTestData.nationalAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case from its first presentation to its closing: criteria, strategies as agreements, history, formats. */
@CircuitoTest
class CaseReviewFlowTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired CaseReviewing reviewing;
    @Autowired CaseQueries queries;
    @Autowired CaseFormats formats;
    @Autowired Agreements agreements;
    @Autowired CaseReviewDigest digest;
    @Autowired JdbcClient jdbc;

    private static CaseReviewing.Strategy strategy(UUID member, String text, LocalDate due) {
        return new CaseReviewing.Strategy(text, member, "Pía Paredes", due);
    }

    @Test
    void aGoodPracticeIsPresentedItsStrategiesBecomeAgreementsAndItsFollowUpBuildsTheHistory() {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession may = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));

        CaseReview first = reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "rps", 12,
                CaseCriterion.GOOD_PRACTICE, nationalAnswers("¿Cómo replicar el trabajo con la escuela?"),
                List.of(strategy(w.pieMember(), "Compartir la experiencia en la capacitación de junio", LocalDate.of(2025, 6, 10)),
                        new CaseReviewing.Strategy(" ", null, null, null))));

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.criterion()).isEqualTo(CaseCriterion.GOOD_PRACTICE);
        assertThat(first.question()).isEqualTo("¿Cómo replicar el trabajo con la escuela?");
        List<Agreement> agreed = agreements.findByCaseReviewIdIn(List.of(first.id()));
        assertThat(agreed).singleElement().satisfies(a -> {
            assertThat(a.caseReviewId()).isEqualTo(first.id());
            assertThat(a.sessionId()).isEqualTo(april.id());
            assertThat(a.agendaItemId()).isEqualTo(april.itemOfKind(AgendaItemKind.CASE_REVIEWS).orElseThrow().id());
            assertThat(a.responsibleMemberId()).isEqualTo(w.pieMember());
            assertThat(a.status()).isEqualTo(AgreementStatus.OPEN);
        });

        reviewing.present(w.coFacilitator(), w.mesaId(), may.id(), new CaseReviewing.ReviewDraft(first.caseId(), null,
                CaseCriterion.HEALTH_OR_EDUCATION, nationalAnswers("¿Quién acompaña la vuelta a clases?"), null,
                List.of(strategy(w.healthMember(), "Hora de salud mental en el CESFAM", LocalDate.of(2025, 5, 30)))));

        CaseViews.CaseView view = queries.caseView(w.member(), w.mesaId(), first.caseId());
        assertThat(view.initials()).isEqualTo("R. P. S.");
        assertThat(view.age()).isEqualTo(12);
        assertThat(view.reviews()).extracting(CaseViews.ReviewView::number).containsExactly(1, 2);
        assertThat(view.reviews()).extracting(CaseViews.ReviewView::sessionNumber).containsExactly(april.number(), may.number());
        assertThat(view.reviews().get(0).strategies()).singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith("Compartir la experiencia"));
        assertThat(view.reviews().get(1).sections()).extracting(CaseViews.SectionView::label)
                .containsExactly("Antecedentes", "Intervenciones realizadas", "Programas involucrados", "Nudos críticos",
                        "Pregunta a la Mesa");

        assertThat(queries.cases(w.member(), w.mesaId(), CaseCriterion.GOOD_PRACTICE, null, 0).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.reviews()).isEqualTo(2);
                    assertThat(row.criteria()).containsExactlyInAnyOrder(CaseCriterion.GOOD_PRACTICE, CaseCriterion.HEALTH_OR_EDUCATION);
                    assertThat(row.openStrategies()).isEqualTo(2);
                    assertThat(row.lastReviewOn()).isEqualTo(may.heldOn());
                });
        assertThat(queries.cases(w.member(), w.mesaId(), CaseCriterion.NO_PROGRESS, null, 0).getContent()).isEmpty();
        CaseViews.Counts counts = queries.counts(w.manager(), w.mesaId());
        assertThat(counts.openCases()).isEqualTo(1);
        assertThat(counts.reviewsOf(CaseCriterion.GOOD_PRACTICE)).isEqualTo(1);

        assertThat(digest.forSession(april.id())).singleElement().satisfies(line -> {
            assertThat(line.initials()).isEqualTo("R. P. S.");
            assertThat(line.goodPractice()).isTrue();
            assertThat(line.criterion()).isEqualTo("Caso exitoso o buena práctica");
            assertThat(line.presentedBy()).isEqualTo("PIE");
            assertThat(line.presentation()).extracting(CaseReviewDigest.Section::label).doesNotContain("Pregunta a la Mesa");
            assertThat(line.strategies()).singleElement().asString().contains("Compartir la experiencia", "PIE", "10-06-2025");
        });

        assertThatThrownBy(() -> reviewing.present(w.coFacilitator(), w.mesaId(), may.id(),
                new CaseReviewing.ReviewDraft(first.caseId(), null, CaseCriterion.NO_PROGRESS, nationalAnswers("¿Otra vez?"),
                        null, List.of())))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesacases.error.alreadyReviewed");

        assertThatThrownBy(() -> reviewing.close(w.member(), w.mesaId(), first.caseId(), view.version(), " "))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("note"));
        MesaCase closed = reviewing.close(w.member(), w.mesaId(), first.caseId(), view.version(), "Egresa con objetivos logrados.");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        MesaSession june = mesaFixtures.session(w, LocalDate.of(2025, 6, 10));
        assertThatThrownBy(() -> reviewing.present(w.coFacilitator(), w.mesaId(), june.id(),
                new CaseReviewing.ReviewDraft(first.caseId(), null, CaseCriterion.NO_PROGRESS, nationalAnswers("¿Y ahora?"),
                        null, List.of())))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesacases.error.caseClosed");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'MESA_CASE' and subject_id = ? and action = 'VIEWED'")
                .param(first.caseId()).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'MESA_CASE' and subject_id = ? and action = 'CHANGED'")
                .param(first.caseId()).query(Long.class).single()).isEqualTo(3); // presented, followed up, closed
    }

    @Test
    void aReviewIsRefusedOnceTheSessionsMinutesAreApprovedAndNothingIsSaved() {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession may = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        mesaFixtures.approveMinutes(w, april, may);

        assertThatThrownBy(() -> reviewing.present(w.coFacilitator(), w.mesaId(), april.id(), newCase(w.pieMember(),
                "A.B.", 9, CaseCriterion.COMPLEX_SITUATION, nationalAnswers("¿Qué hacemos?"), List.of())))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesas.error.minutesApproved");
        assertThat(jdbc.sql("select count(*) from mesa_case where mesa_id = ?").param(w.mesaId()).query(Long.class).single())
                .isZero();
        // A case opened elsewhere cannot be followed up in those minutes either.
        CaseReview atMay = reviewing.present(w.coFacilitator(), w.mesaId(), may.id(), newCase(w.pieMember(), "A.B.", 9,
                CaseCriterion.COMPLEX_SITUATION, nationalAnswers("¿Qué hacemos?"), List.of()));
        assertThatThrownBy(() -> reviewing.present(w.coFacilitator(), w.mesaId(), april.id(),
                new CaseReviewing.ReviewDraft(atMay.caseId(), null, CaseCriterion.NO_PROGRESS, nationalAnswers("¿Y?"),
                        null, List.of())))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesas.error.minutesApproved");
    }

    @Test
    void aLocalFormatIsUsedForNewReviewsAndOldReviewsKeepTheirLabels() {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        MesaSession may = mesaFixtures.session(w, LocalDate.of(2025, 5, 13));
        CaseReview first = reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "J. M.", 15,
                CaseCriterion.NO_PROGRESS, nationalAnswers("¿Qué otra estrategia cabe?"), List.of()));

        PresentationFormat local = formats.createLocal(w.coFacilitator(), w.mesaId(), "Pauta local de la comuna");
        assertThat(local.sections()).extracting(PresentationSection::label).contains("Antecedentes", "Pregunta a la Mesa");
        assertThatThrownBy(() -> formats.revise(w.coFacilitator(), w.mesaId(), local.id(), local.version(), "Pauta local",
                List.of(new PresentationFormat.SectionDraft("Historia familiar", null, true, false))))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("sections"));
        assertThatThrownBy(() -> formats.revise(w.coFacilitator(), w.mesaId(), CaseTestData.NATIONAL, 0L, "Nacional",
                List.of(new PresentationFormat.SectionDraft("Algo", null, true, true))))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesacases.error.format.national");
        assertThatThrownBy(() -> formats.createLocal(w.member(), w.mesaId(), "Pauta del PIE")).isInstanceOf(AccessDenied.class);

        PresentationFormat revised = formats.revise(w.coFacilitator(), w.mesaId(), local.id(), local.version(), "Pauta local",
                List.of(new PresentationFormat.SectionDraft("¿Qué pedimos a la Mesa?", "Una sola pregunta.", true, true),
                        new PresentationFormat.SectionDraft("Historia familiar", null, true, false),
                        new PresentationFormat.SectionDraft("Red de apoyo", "Quiénes acompañan.", false, false)));
        formats.choose(w.coFacilitator(), w.mesaId(), revised.id(), formats.choice(w.coFacilitator(), w.mesaId()).version());
        CaseFormats.Choice choice = formats.choice(w.member(), w.mesaId());
        assertThat(choice.chosen().name()).isEqualTo("Pauta local");
        assertThat(choice.formats()).extracting(PresentationFormat::national).containsExactly(true, false);

        List<PresentationSection> sections = choice.chosen().sections();
        assertThatThrownBy(() -> reviewing.present(w.member(), w.mesaId(), may.id(), new CaseReviewing.ReviewDraft(
                first.caseId(), null, CaseCriterion.NO_PROGRESS, Map.of(sections.get(1).id(), "Vive con su madre."), null, List.of())))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("answers[" + sections.get(0).id() + "]"));
        reviewing.present(w.member(), w.mesaId(), may.id(), new CaseReviewing.ReviewDraft(first.caseId(), null,
                CaseCriterion.NO_PROGRESS, Map.of(sections.get(0).id(), "¿Puede salud priorizar la evaluación?",
                sections.get(1).id(), "Vive con su madre."), null, List.of()));

        CaseViews.CaseView view = queries.caseView(w.member(), w.mesaId(), first.caseId());
        assertThat(view.reviews().get(0).formatName()).isEqualTo("Formato nacional Programa 24 Horas");
        assertThat(view.reviews().get(0).sections()).extracting(CaseViews.SectionView::label)
                .containsExactly("Antecedentes", "Intervenciones realizadas", "Programas involucrados", "Nudos críticos",
                        "Pregunta a la Mesa");
        assertThat(view.reviews().get(1).formatName()).isEqualTo("Pauta local");
        assertThat(view.reviews().get(1).sections()).extracting(CaseViews.SectionView::label)
                .containsExactly("¿Qué pedimos a la Mesa?", "Historia familiar", "Red de apoyo");
        assertThat(view.reviews().get(1).question()).isEqualTo("¿Puede salud priorizar la evaluación?");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndOnlyTheRightPeopleWrite() {
        MesaWorld w = mesaFixtures.world();
        MesaSession april = mesaFixtures.session(w, LocalDate.of(2025, 4, 8));
        Map<UUID, String> answers = nationalAnswers("¿Qué hacemos?");

        assertField(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "Rocío", 12,
                CaseCriterion.NO_PROGRESS, answers, List.of())), "initials");
        assertField(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "12.345.678-5", 12,
                CaseCriterion.NO_PROGRESS, answers, List.of())), "initials");
        assertField(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "R.P.", 18,
                CaseCriterion.NO_PROGRESS, answers, List.of())), "age");
        assertField(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "R.P.", 12,
                null, answers, List.of())), "criterion");
        assertField(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "R.P.", 12,
                CaseCriterion.NO_PROGRESS, nationalAnswers(" "), List.of())), "answers[" + CaseTestData.QUESTION + "]");
        assertField(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "R.P.", 12,
                CaseCriterion.NO_PROGRESS, answers, List.of(new CaseReviewing.Strategy("Derivar a PDC", null, null, null)))),
                "strategies[0].responsibleMemberId");
        assertField(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.pieMember(), "R.P.", 12,
                CaseCriterion.NO_PROGRESS, answers, List.of(strategy(w.pieMember(), "Derivar a PDC", LocalDate.of(2025, 1, 1))))),
                "strategies[0].dueOn");
        assertThat(jdbc.sql("select count(*) from mesa_case where mesa_id = ?").param(w.mesaId()).query(Long.class).single())
                .isZero();

        // A member presents its own children only; a read-only user, none; overseers read counts; outsiders nothing.
        assertThatThrownBy(() -> reviewing.present(w.member(), w.mesaId(), april.id(), newCase(w.opdMember(), "R.P.", 12,
                CaseCriterion.NO_PROGRESS, answers, List.of()))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviewing.present(w.memberReadOnly(), w.mesaId(), april.id(), newCase(w.pieMember(), "R.P.", 12,
                CaseCriterion.NO_PROGRESS, answers, List.of()))).isInstanceOf(AccessDenied.class);
        CaseReview review = reviewing.present(w.edtCoFacilitator(), w.mesaId(), april.id(), newCase(w.pieMember(), "R.P.", 12,
                CaseCriterion.NO_PROGRESS, answers, List.of()));
        assertThat(queries.counts(w.manager(), w.mesaId()).openCases()).isEqualTo(1);
        assertThat(queries.ofSession(w.national(), w.mesaId(), april.id()).reviews()).isEmpty();
        assertThat(queries.ofSession(w.national(), w.mesaId(), april.id()).counts().reviewsOf(CaseCriterion.NO_PROGRESS)).isEqualTo(1);
        assertThatThrownBy(() -> queries.caseView(w.manager(), w.mesaId(), review.caseId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> queries.cases(w.national(), w.mesaId(), null, null, 0)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> queries.caseView(w.outsider(), w.mesaId(), review.caseId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queries.caseView(w.otherManager(), w.mesaId(), review.caseId())).isInstanceOf(NotFound.class);
        assertThat(queries.caseView(w.memberReadOnly(), w.mesaId(), review.caseId()).writable()).isFalse();
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo(field));
    }
}

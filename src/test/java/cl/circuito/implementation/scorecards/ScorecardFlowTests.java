package cl.circuito.implementation.scorecards;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.plan.MesaActivity;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.plan.MesaOutreach;
import cl.circuito.mesas.plan.MesaPlan;
import cl.circuito.mesas.plan.MesaPlanning;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.plan.PlanActivity;
import cl.circuito.mesas.plan.PlanActivityStatus;
import cl.circuito.mesas.plan.PlanPeriod;
import cl.circuito.mesas.plan.PlanObjective;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The indicators of two Mesas over 2025, recorded through the Mesas' own services: a monthly Mesa with a fairly
 * good year, and a biweekly one founded in July that never met and has no plan.
 */
@CircuitoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardFlowTests {

    static final int YEAR = 2025;

    @Autowired MesaFixtures mesas;
    @Autowired Fixtures fixtures;
    @Autowired Scorecards figures;
    @Autowired MesaSetup setup;
    @Autowired SessionAttendance attendance;
    @Autowired MesaAgreements agreements;
    @Autowired MesaPlanning planning;
    @Autowired MesaOutreach outreach;
    @Autowired CaseReviewing reviewing;
    @Autowired JdbcClient jdbc;

    MesaFixtures.MesaWorld good;
    MesaFixtures.MesaWorld weak;

    @BeforeAll
    void record() {
        good = mesas.world();
        List<MesaSession> held = new ArrayList<>();
        for (int month = 1; month <= 9; month++) {
            MesaSession s = mesas.session(good, LocalDate.of(YEAR, month, 14));
            if (month <= 2) {
                attendance.invite(good.coFacilitator(), good.mesaId(), s.id(), good.healthMember());
            }
            // The PIE misses three sessions: 24 of 27 permanent lines present.
            hold(s, month <= 3 ? Set.of(good.pieMember()) : Set.of());
            held.add(s);
        }
        // October's session was convened but nobody recorded that it took place: not held.
        mesas.pending(good, LocalDate.of(YEAR, 10, 14));
        MesaSession first = held.get(0);
        agreement(first, LocalDate.of(YEAR, 3, 1), AgreementStatus.DONE, LocalDate.of(YEAR, 2, 20));
        agreement(first, LocalDate.of(YEAR, 4, 1), AgreementStatus.NOT_DONE, LocalDate.of(YEAR, 5, 1));
        agreement(first, LocalDate.of(YEAR, 6, 1), null, null);
        agreement(first, LocalDate.of(YEAR + 1, 3, 1), null, null);
        agreement(first, LocalDate.of(YEAR, 5, 1), AgreementStatus.CANCELLED, LocalDate.of(YEAR, 4, 20));

        MesaPlan plan = planning.draw(good.coFacilitator(), good.mesaId(),
                new MesaPlan.Heading(PlanPeriod.YEAR, YEAR, null, "Plan anual " + YEAR));
        PlanObjective objective = planning.addObjective(good.coFacilitator(), good.mesaId(), plan.id(), plan.version(),
                "Fortalecer la red comunal");
        String[] statuses = {"DONE", "DONE", "DONE", "PLANNED", "CANCELLED"};
        for (String status : statuses) {
            long version = jdbc.sql("select version from mesa_plan where id = ?").param(plan.id()).query(Long.class).single();
            PlanActivityStatus st = PlanActivityStatus.valueOf(status);
            planning.addActivity(good.coFacilitator(), good.mesaId(), plan.id(), version, objective.id(),
                    new PlanActivity.Details("Actividad " + status, null, null, LocalDate.of(YEAR, 6, 1), false, st,
                            st == PlanActivityStatus.DONE ? LocalDate.of(YEAR, 6, 2) : null, null));
        }

        review(held.get(0), CaseCriterion.COMPLEX_SITUATION, "AB");
        review(held.get(0), CaseCriterion.GOOD_PRACTICE, "CD");
        review(held.get(1), CaseCriterion.SEVERAL_PROGRAMS, "EF");

        activity(ActivityKind.OUTREACH_COMMUNITY, LocalDate.of(YEAR, 4, 10));
        activity(ActivityKind.TRAINING_GUEST, LocalDate.of(YEAR, 8, 10));
        activity(ActivityKind.SELF_TRAINING, LocalDate.of(YEAR - 1, 8, 10));

        jdbc.sql("""
                        insert into mesa_protocol (id, mesa_id, title, parties, status, valid_from, created_at, created_by_name,
                                                   updated_at, updated_by_name)
                        values (?, ?, 'Protocolo de riesgo suicida', 'CESFAM de prueba', 'IN_FORCE', ?, now(), 'Prueba', now(), 'Prueba')""")
                .params(UUID.randomUUID(), good.mesaId(), LocalDate.of(YEAR, 5, 1)).update();

        weak = mesas.world();
        long version = jdbc.sql("select version from mesa where id = ?").param(weak.mesaId()).query(Long.class).single();
        setup.change(weak.admin(), weak.mesaId(), version, new Mesa.Settings("Mesa débil " + Fixtures.next(),
                LocalDate.of(YEAR, 7, 1), Frequency.BIWEEKLY, null, "Sala municipal", LocalTime.of(9, 0), LocalTime.of(11, 0)));
        long edtVersion = jdbc.sql("select version from mesa_member where id = ?").param(weak.edtMember()).query(Long.class).single();
        setup.changeCoFacilitation(weak.admin(), weak.mesaId(), weak.edtMember(), edtVersion, false);
    }

    @Test
    void aFairlyGoodYearHasExactValuesAndMarks() {
        MesaScorecard card = figures.scorecard(good.national(), good.mesaId(), YEAR);

        assertIndicator(card, IndicatorKind.SESSIONS_HELD, 75.0, 9, 12, Mark.AMBER);
        assertIndicator(card, IndicatorKind.CO_LEADERSHIP, 2.0, null, null, Mark.GREEN);
        assertIndicator(card, IndicatorKind.PLAN_PROGRESS, 75.0, 3, 4, Mark.GREEN);
        assertIndicator(card, IndicatorKind.PERMANENT_ATTENDANCE, 88.9, 24, 27, Mark.GREEN);
        assertIndicator(card, IndicatorKind.OCCASIONAL_CONVENED, 1.0, null, null, Mark.AMBER);
        assertIndicator(card, IndicatorKind.AGREEMENTS_DONE, 33.3, 1, 3, Mark.RED);
        assertIndicator(card, IndicatorKind.AGREEMENTS_OVERDUE, 1.0, null, null, Mark.AMBER);
        assertIndicator(card, IndicatorKind.CASE_REVIEWS_PER_SESSION, 0.33, 3, 9, Mark.RED);
        assertIndicator(card, IndicatorKind.GOOD_PRACTICES, 1.0, null, null, Mark.AMBER);
        assertIndicator(card, IndicatorKind.OUTREACH, 2.0, null, null, Mark.AMBER);
        assertIndicator(card, IndicatorKind.PROTOCOLS, 1.0, null, null, Mark.GREEN);

        MesaScorecard.Profile p = card.profile();
        assertThat(p.coFacilitators()).containsExactlyInAnyOrder("OPD", "EDT");
        assertThat(p.managerCoLeads()).isFalse();
        assertThat(p.permanentMembers()).containsExactlyInAnyOrder("OPD", "EDT", "PIE");
        assertThat(p.occasionalConvened()).containsExactly("CESFAM de prueba");
        assertThat(p.sessionsHeld()).isEqualTo(9);
        assertThat(p.sessionsExpected()).isEqualTo(12);
        assertThat(p.caseReviews()).isEqualTo(3);
        assertThat(p.caseReviewsByCriterion()).containsEntry("GOOD_PRACTICE", 1).containsEntry("COMPLEX_SITUATION", 1)
                .containsEntry("SEVERAL_PROGRAMS", 1).containsEntry("NO_PROGRESS", 0);
        assertThat(p.activitiesByKind()).containsEntry("OUTREACH_COMMUNITY", 1).containsEntry("TRAINING_GUEST", 1)
                .containsEntry("SELF_TRAINING", 0);
        assertThat(p.planPeriod()).isEqualTo("Plan anual " + YEAR);
        assertThat(p.agreementsMade()).isEqualTo(5);
        assertThat(p.protocolsInForce()).isEqualTo(1);
    }

    @Test
    void theFoundingYearCountsFromTheFounding() {
        MesaScorecard card = figures.scorecard(good.national(), good.mesaId(), YEAR - 1);
        // Founded on March 1st, 2024: ten months, no session held that year, one activity.
        assertIndicator(card, IndicatorKind.SESSIONS_HELD, 0.0, 0, 10, Mark.RED);
        assertIndicator(card, IndicatorKind.PERMANENT_ATTENDANCE, null, 0, 0, Mark.NOT_APPLICABLE);
        assertIndicator(card, IndicatorKind.OUTREACH, 1.0, null, null, Mark.RED);
        assertIndicator(card, IndicatorKind.PLAN_PROGRESS, 0.0, null, null, Mark.RED);
        assertThat(card.profile().planPeriod()).isNull();
        assertThatThrownBy(() -> figures.scorecard(good.national(), good.mesaId(), YEAR - 2))
                .isInstanceOf(ImplementationRuleViolation.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("year"));
    }

    @Test
    void aBiweeklyMesaFoundedInJulyThatNeverMetHasLittleToMeasure() {
        MesaScorecard card = figures.scorecard(weak.manager(), weak.mesaId(), YEAR);
        // July 1st to December 31st: 184 days, thirteen fortnights.
        assertIndicator(card, IndicatorKind.SESSIONS_HELD, 0.0, 0, 13, Mark.RED);
        assertIndicator(card, IndicatorKind.CO_LEADERSHIP, 1.0, null, null, Mark.AMBER);
        assertIndicator(card, IndicatorKind.PLAN_PROGRESS, 0.0, null, null, Mark.RED);
        assertIndicator(card, IndicatorKind.PERMANENT_ATTENDANCE, null, 0, 0, Mark.NOT_APPLICABLE);
        assertIndicator(card, IndicatorKind.OCCASIONAL_CONVENED, null, null, null, Mark.NOT_APPLICABLE);
        assertIndicator(card, IndicatorKind.AGREEMENTS_DONE, null, 0, 0, Mark.NOT_APPLICABLE);
        assertIndicator(card, IndicatorKind.AGREEMENTS_OVERDUE, 0.0, null, null, Mark.GREEN);
        assertIndicator(card, IndicatorKind.CASE_REVIEWS_PER_SESSION, null, 0, 0, Mark.NOT_APPLICABLE);
        assertIndicator(card, IndicatorKind.GOOD_PRACTICES, null, null, null, Mark.NOT_APPLICABLE);
        assertIndicator(card, IndicatorKind.PROTOCOLS, 0.0, null, null, Mark.RED);
        assertThat(card.mesa().frequency()).isEqualTo("BIWEEKLY");
        assertThat(card.profile().coFacilitators()).containsExactly("OPD");

        assertThat(figures.scorecards(weak.national(), YEAR - 1, weak.regionCode()))
                .extracting(c -> c.mesa().id()).doesNotContain(weak.mesaId());
    }

    @Test
    void eachSeesTheMesasOfTheirScope() {
        assertThat(figures.scorecards(good.national(), YEAR, null)).extracting(c -> c.mesa().id())
                .contains(good.mesaId(), weak.mesaId());
        assertThat(figures.scorecards(good.manager(), YEAR, null)).extracting(c -> c.mesa().id())
                .contains(good.mesaId()).allMatch(id -> true)
                .satisfies(ids -> assertThat(figures.scorecards(good.manager(), YEAR, null))
                        .allMatch(c -> c.mesa().regionCode().equals(good.regionCode())));
        assertThatThrownBy(() -> figures.scorecard(good.otherManager(), good.mesaId(), YEAR)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> figures.scorecard(good.coFacilitator(), good.mesaId(), YEAR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> figures.scorecards(good.otherManager(), YEAR, good.regionCode()))
                .isInstanceOf(ImplementationRuleViolation.class);
        assertThatThrownBy(() -> figures.scorecards(good.national(), YEAR, "99"))
                .isInstanceOf(ImplementationRuleViolation.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("region"));
        assertThatThrownBy(() -> figures.scorecards(good.national(), 1999, null))
                .isInstanceOf(ImplementationRuleViolation.class);
    }

    private void hold(MesaSession session, Set<UUID> absent) {
        List<SessionAttendance.Mark> marks = new ArrayList<>();
        SessionAttendance.Sheet sheet = attendance.sheet(good.coFacilitator(), good.mesaId(), session.id());
        for (SessionAttendance.Line line : sheet.lines()) {
            marks.add(new SessionAttendance.Mark(line.memberId(), line.representativeId(),
                    absent.contains(line.memberId()) ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT));
        }
        attendance.record(good.coFacilitator(), good.mesaId(), session.id(), sheet.session().version(), marks, Set.of());
    }

    private void agreement(MesaSession at, LocalDate due, AgreementStatus closing, LocalDate closedOn) {
        Agreement a = agreements.agree(good.coFacilitator(), good.mesaId(), at.id(), null,
                new Agreement.Terms("Coordinar con el CESFAM " + due, good.pieMember(), null, due));
        if (closing != null) {
            agreements.update(good.coFacilitator(), good.mesaId(), a.id(), a.version(), closing, "Cierre de prueba.", closedOn, null);
        }
    }

    private void review(MesaSession at, CaseCriterion criterion, String initials) {
        Map<UUID, String> answers = new HashMap<>();
        answers.put(UUID.fromString("2f4b9a10-0001-4000-8000-000000000024"), "Antecedentes de prueba.");
        answers.put(UUID.fromString("2f4b9a10-0002-4000-8000-000000000024"), "Intervención semanal.");
        answers.put(UUID.fromString("2f4b9a10-0004-4000-8000-000000000024"), "Nudos de prueba.");
        answers.put(UUID.fromString("2f4b9a10-0005-4000-8000-000000000024"), "¿Qué coordinación hace falta?");
        reviewing.present(good.coFacilitator(), good.mesaId(), at.id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(good.opdMember(), null, initials, 10, CaseSex.FEMALE), criterion, answers,
                "Se conversa en la Mesa.", List.of()));
    }

    private void activity(ActivityKind kind, LocalDate on) {
        outreach.record(good.coFacilitator(), good.mesaId(), new MesaActivity.Details(kind, "Actividad " + kind, null, on,
                "Sede vecinal", 20, null, null, null));
    }

    private static void assertIndicator(MesaScorecard card, IndicatorKind kind, Double value, Integer numerator,
                                        Integer denominator, Mark mark) {
        Indicator i = card.indicator(kind);
        assertThat(i.value()).as(kind + " value").isEqualTo(value);
        assertThat(i.numerator()).as(kind + " numerator").isEqualTo(numerator);
        assertThat(i.denominator()).as(kind + " denominator").isEqualTo(denominator);
        assertThat(i.mark()).as(kind + " mark").isEqualTo(mark);
    }
}

package cl.circuito.implementation.scorecards;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.MesaYearFigures;
import cl.circuito.mesas.Participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Mesa's year of records into its indicators and marks. Where there is nothing to measure (no session
 * held, no agreement due) the indicator has no value and is not applicable; a Mesa without a plan for the year
 * is red whatever the thresholds say (the model asks every Mesa for one): value 0 without counts behind it,
 * where a plan without activities yet is 0 of 0.
 */
final class ScorecardRules {

    private ScorecardRules() {
    }

    static MesaScorecard score(MesaYearFigures.Figures f, int year, int protocols, Map<IndicatorKind, ThresholdRule> rules) {
        LocalDate start = f.foundedOn().isAfter(f.from()) ? f.foundedOn() : f.from();
        int expected = ExpectedSessions.between(f.frequency(), f.customIntervalDays(), start, f.to(), f.sessionsDated());
        int held = f.sessionsHeld();
        boolean opd = false;
        boolean edt = false;
        boolean manager = false;
        List<String> coFacilitators = new ArrayList<>();
        List<String> permanent = new ArrayList<>();
        for (MesaYearFigures.Member m : f.members()) {
            if (m.coFacilitator()) {
                coFacilitators.add(m.name());
                opd |= "OPD".equals(m.modalityCode());
                edt |= "EDT".equals(m.modalityCode());
                manager |= m.kind() == MemberKind.TERRITORIAL_MANAGER;
            }
            if (m.participation() == Participation.PERMANENT) {
                permanent.add(m.name());
            }
        }
        int coLeadership = opd && edt ? 2 : opd || edt || manager ? 1 : 0;
        int reviews = f.reviews();
        int goodPractices = f.reviewsByCriterion().getOrDefault(CaseCriterion.GOOD_PRACTICE, 0);
        int convened = f.occasionalConvened().size();
        boolean hasPlan = !f.plans().isEmpty();

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(ratio(rules, IndicatorKind.SESSIONS_HELD, held, expected));
        indicators.add(count(rules, IndicatorKind.CO_LEADERSHIP, coLeadership));
        indicators.add(hasPlan ? ratio(rules, IndicatorKind.PLAN_PROGRESS, f.planActivitiesDone(), f.planActivities(), true)
                : new Indicator(IndicatorKind.PLAN_PROGRESS, 0.0, null, null, Mark.RED));
        indicators.add(ratio(rules, IndicatorKind.PERMANENT_ATTENDANCE, f.permanentPresent(), f.permanentExpected()));
        indicators.add(held == 0 && convened == 0 ? notApplicable(IndicatorKind.OCCASIONAL_CONVENED)
                : count(rules, IndicatorKind.OCCASIONAL_CONVENED, convened));
        indicators.add(ratio(rules, IndicatorKind.AGREEMENTS_DONE, f.agreementsDone(), f.agreementsCounted()));
        indicators.add(count(rules, IndicatorKind.AGREEMENTS_OVERDUE, f.agreementsOverdue()));
        indicators.add(held == 0 ? new Indicator(IndicatorKind.CASE_REVIEWS_PER_SESSION, null, reviews, 0, Mark.NOT_APPLICABLE)
                : marked(rules, new Indicator(IndicatorKind.CASE_REVIEWS_PER_SESSION,
                Math.round(100.0 * reviews / held) / 100.0, reviews, held, null)));
        indicators.add(held == 0 ? notApplicable(IndicatorKind.GOOD_PRACTICES)
                : count(rules, IndicatorKind.GOOD_PRACTICES, goodPractices));
        indicators.add(count(rules, IndicatorKind.OUTREACH, f.activities()));
        indicators.add(count(rules, IndicatorKind.PROTOCOLS, protocols));

        Map<String, Integer> byCriterion = new LinkedHashMap<>();
        for (CaseCriterion c : CaseCriterion.values()) {
            byCriterion.put(c.name(), f.reviewsByCriterion().getOrDefault(c, 0));
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (ActivityKind k : ActivityKind.values()) {
            byKind.put(k.name(), f.activitiesByKind().getOrDefault(k, 0));
        }
        MesaScorecard.Profile profile = new MesaScorecard.Profile(List.copyOf(coFacilitators), manager,
                List.copyOf(permanent), f.occasionalConvened(), held, expected, reviews, byCriterion, byKind,
                hasPlan ? String.join(" · ", f.plans()) : null, f.agreementsMade(), protocols);
        MesaScorecard.Mesa mesa = new MesaScorecard.Mesa(f.mesaId(), f.name(), f.comunaCode(), f.comunaName(),
                f.regionCode(), f.regionName(), f.frequency().name(), f.foundedOn());
        return new MesaScorecard(mesa, year, List.copyOf(indicators), profile);
    }

    private static Indicator ratio(Map<IndicatorKind, ThresholdRule> rules, IndicatorKind kind, int part, int whole) {
        return ratio(rules, kind, part, whole, false);
    }

    /** A percent with one decimal; {@code zeroWhenEmpty}: nothing to count is 0 (a plan without activities). */
    private static Indicator ratio(Map<IndicatorKind, ThresholdRule> rules, IndicatorKind kind, int part, int whole,
                                   boolean zeroWhenEmpty) {
        if (whole == 0) {
            return zeroWhenEmpty ? marked(rules, new Indicator(kind, 0.0, part, whole, null))
                    : new Indicator(kind, null, part, whole, Mark.NOT_APPLICABLE);
        }
        return marked(rules, new Indicator(kind, Math.round(1000.0 * part / whole) / 10.0, part, whole, null));
    }

    private static Indicator count(Map<IndicatorKind, ThresholdRule> rules, IndicatorKind kind, int value) {
        return marked(rules, new Indicator(kind, (double) value, null, null, null));
    }

    private static Indicator notApplicable(IndicatorKind kind) {
        return new Indicator(kind, null, null, null, Mark.NOT_APPLICABLE);
    }

    private static Indicator marked(Map<IndicatorKind, ThresholdRule> rules, Indicator i) {
        return new Indicator(i.kind(), i.value(), i.numerator(), i.denominator(), rules.get(i.kind()).mark(i.value()));
    }
}

package cl.circuito.implementation.scorecards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Mesa's year at a glance: its indicators with their marks (in {@link IndicatorKind} order) and the
 * profile the report describes in words. Counts and names of members only, never a child.
 */
public record MesaScorecard(Mesa mesa, int year, List<Indicator> indicators, Profile profile) {

    /** {@code frequency} is a {@code mesas.Frequency} name. */
    public record Mesa(UUID id, String name, String comunaCode, String comunaName, String regionCode,
                       String regionName, String frequency, LocalDate foundedOn) {
    }

    /**
     * {@code coFacilitators}, {@code permanentMembers} and {@code occasionalConvened} are member names;
     * {@code managerCoLeads}: the territorial manager co-facilitates (the OPD is not in the circuit);
     * {@code sessionsHeld}/{@code sessionsExpected} for the year (expected up to the period's end);
     * {@code caseReviewsByCriterion} keyed by {@code mesas.CaseCriterion} name, {@code activitiesByKind} by
     * {@code mesas.ActivityKind} name; {@code planPeriod} null when the Mesa has no plan for the year.
     */
    public record Profile(List<String> coFacilitators, boolean managerCoLeads, List<String> permanentMembers,
                          List<String> occasionalConvened, int sessionsHeld, int sessionsExpected,
                          int caseReviews, Map<String, Integer> caseReviewsByCriterion,
                          Map<String, Integer> activitiesByKind, String planPeriod, int agreementsMade,
                          int protocolsInForce) {
    }

    public Indicator indicator(IndicatorKind kind) {
        return indicators.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }
}

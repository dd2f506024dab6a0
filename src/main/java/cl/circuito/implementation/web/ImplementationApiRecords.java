package cl.circuito.implementation.web;

import cl.circuito.implementation.scorecards.Indicator;
import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.scorecards.Mark;
import cl.circuito.implementation.scorecards.MesaScorecard;
import cl.circuito.implementation.scorecards.MonitoringThresholds;
import cl.circuito.implementation.scorecards.ThresholdRule;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The implementation monitoring over JSON, mapped by hand from the scorecards. */
final class ImplementationApiRecords {

    private ImplementationApiRecords() {
    }

    record MesaRef(UUID id, String name, String comunaCode, String comunaName, String regionCode, String regionName,
                   @Schema(description = "MONTHLY, BIWEEKLY o CUSTOM") String frequency, LocalDate foundedOn) {

        static MesaRef of(MesaScorecard.Mesa m) {
            return new MesaRef(m.id(), m.name(), m.comunaCode(), m.comunaName(), m.regionCode(), m.regionName(),
                    m.frequency(), m.foundedOn());
        }
    }

    record IndicatorResponse(IndicatorKind kind,
                             @Schema(description = "Porcentaje 0–100, conteo o promedio; null: sin datos") Double value,
                             @Schema(description = "Conteos detrás de una razón (p. ej. sesiones realizadas de esperadas)") Integer numerator,
                             Integer denominator,
                             @Schema(description = "GREEN, AMBER, RED o NOT_APPLICABLE (sin datos)") Mark mark,
                             @Schema(description = "La marca en palabras") String markText) {

        static IndicatorResponse of(Indicator i, IndicatorFormat format) {
            return new IndicatorResponse(i.kind(), i.value(), i.numerator(), i.denominator(), i.mark(), format.mark(i.mark()));
        }
    }

    record ProfileResponse(List<String> coFacilitators, boolean managerCoLeads, List<String> permanentMembers,
                           List<String> occasionalConvened, int sessionsHeld, int sessionsExpected, int caseReviews,
                           Map<String, Integer> caseReviewsByCriterion, Map<String, Integer> activitiesByKind,
                           @Schema(description = "Títulos de los planes del año; null: sin planificación") String planPeriod,
                           int agreementsMade, int protocolsInForce) {

        static ProfileResponse of(MesaScorecard.Profile p) {
            return new ProfileResponse(p.coFacilitators(), p.managerCoLeads(), p.permanentMembers(), p.occasionalConvened(),
                    p.sessionsHeld(), p.sessionsExpected(), p.caseReviews(), p.caseReviewsByCriterion(),
                    p.activitiesByKind(), p.planPeriod(), p.agreementsMade(), p.protocolsInForce());
        }
    }

    record ScorecardResponse(MesaRef mesa, int year, List<IndicatorResponse> indicators, ProfileResponse profile) {

        static ScorecardResponse of(MesaScorecard c, IndicatorFormat format) {
            return new ScorecardResponse(MesaRef.of(c.mesa()), c.year(),
                    c.indicators().stream().map(i -> IndicatorResponse.of(i, format)).toList(), ProfileResponse.of(c.profile()));
        }
    }

    record ThresholdResponse(IndicatorKind kind, BigDecimal green, BigDecimal amber, long version,
                             @Schema(description = "La regla en palabras") String rule, boolean higherIsBetter,
                             boolean percent, Instant updatedAt, String updatedByName) {

        static ThresholdResponse of(ThresholdRule r, IndicatorFormat format) {
            return new ThresholdResponse(r.kind(), r.green(), r.amber(), r.version(), format.rule(r),
                    r.kind().higherIsBetter(), r.kind().percent(), r.updatedAt(), r.updatedByName());
        }
    }

    record ThresholdBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) IndicatorKind kind,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "La versión leída") Long version,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal green,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amber) {

        MonitoringThresholds.NewThreshold change() {
            return new MonitoringThresholds.NewThreshold(kind, version, green, amber);
        }
    }
}

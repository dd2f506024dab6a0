package cl.circuito.implementation.scorecards;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An indicator's thresholds as they stand now, with the version a change must carry. The mark of a value is
 * computed with the rule at the time of viewing: a change of thresholds re-marks every year.
 */
public record ThresholdRule(IndicatorKind kind, BigDecimal green, BigDecimal amber, long version, Instant updatedAt,
                            String updatedByName) {

    /** Green from {@code green} up and amber from {@code amber} up (overdue agreements: up to); null is not applicable. */
    public Mark mark(Double value) {
        if (value == null) {
            return Mark.NOT_APPLICABLE;
        }
        BigDecimal v = BigDecimal.valueOf(value);
        if (kind.higherIsBetter()) {
            return v.compareTo(green) >= 0 ? Mark.GREEN : v.compareTo(amber) >= 0 ? Mark.AMBER : Mark.RED;
        }
        return v.compareTo(green) <= 0 ? Mark.GREEN : v.compareTo(amber) <= 0 ? Mark.AMBER : Mark.RED;
    }

    static ThresholdRule of(Threshold t) {
        return new ThresholdRule(t.kind(), t.green(), t.amber(), t.version(), t.updatedAt(), t.updatedByName());
    }
}

package cl.circuito.implementation.scorecards;

/**
 * One indicator of one Mesa and year. {@code value} is what the thresholds compare (a percent 0–100, a
 * count, or an average); {@code numerator}/{@code denominator} are the counts behind a ratio, null for a
 * plain count; {@code value} is null when there is nothing to measure (then the mark is NOT_APPLICABLE).
 * {@link IndicatorKind#PLAN_PROGRESS} of a Mesa without a plan for the year: value 0, no counts, RED.
 */
public record Indicator(IndicatorKind kind, Double value, Integer numerator, Integer denominator, Mark mark) {
}

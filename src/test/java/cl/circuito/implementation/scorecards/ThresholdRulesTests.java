package cl.circuito.implementation.scorecards;

import cl.circuito.mesas.Frequency;
import cl.circuito.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdRulesTests {

    private static ThresholdRule rule(IndicatorKind kind, String green, String amber) {
        return new ThresholdRule(kind, new BigDecimal(green), new BigDecimal(amber), 0, null, null);
    }

    @Test
    void higherIsBetterMarksFromTheThresholdUp() {
        ThresholdRule sessions = rule(IndicatorKind.SESSIONS_HELD, "90", "70");
        assertThat(sessions.mark(90.0)).isEqualTo(Mark.GREEN);
        assertThat(sessions.mark(89.9)).isEqualTo(Mark.AMBER);
        assertThat(sessions.mark(70.0)).isEqualTo(Mark.AMBER);
        assertThat(sessions.mark(69.9)).isEqualTo(Mark.RED);
        assertThat(sessions.mark(null)).isEqualTo(Mark.NOT_APPLICABLE);
        assertThat(rule(IndicatorKind.CASE_REVIEWS_PER_SESSION, "1", "0.5").mark(0.5)).isEqualTo(Mark.AMBER);
    }

    @Test
    void overdueAgreementsAreGreenUpToTheThreshold() {
        ThresholdRule overdue = rule(IndicatorKind.AGREEMENTS_OVERDUE, "0", "2");
        assertThat(overdue.mark(0.0)).isEqualTo(Mark.GREEN);
        assertThat(overdue.mark(2.0)).isEqualTo(Mark.AMBER);
        assertThat(overdue.mark(3.0)).isEqualTo(Mark.RED);
    }

    @Test
    void greenIsNeverWorseThanAmberAndValuesStayInRange() {
        assertRefused(IndicatorKind.SESSIONS_HELD, "60", "70", "green", "implementation.error.greenBelowAmber");
        assertRefused(IndicatorKind.AGREEMENTS_OVERDUE, "3", "2", "green", "implementation.error.greenAboveAmber");
        assertRefused(IndicatorKind.PLAN_PROGRESS, "101", "50", "green", "implementation.error.percentRange");
        assertRefused(IndicatorKind.OUTREACH, "4", "-1", "amber", "implementation.error.negative");
        assertRefused(IndicatorKind.OUTREACH, null, "1", "green", "implementation.error.required");
        assertRefused(IndicatorKind.CASE_REVIEWS_PER_SESSION, "1.005", "0.5", "green", "implementation.error.decimals");
        Threshold.check(IndicatorKind.OUTREACH, new BigDecimal("150"), new BigDecimal("150"));
        Threshold.check(IndicatorKind.AGREEMENTS_OVERDUE, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void expectedSessionsFollowTheFrequency() {
        LocalDate jan1 = LocalDate.of(2025, 1, 1);
        LocalDate dec31 = LocalDate.of(2025, 12, 31);
        assertThat(ExpectedSessions.between(Frequency.MONTHLY, null, jan1, dec31, 0)).isEqualTo(12);
        assertThat(ExpectedSessions.between(Frequency.MONTHLY, null, LocalDate.of(2025, 3, 15), dec31, 0)).isEqualTo(10);
        // Up to November 10th: ten months and ten days of the eleventh, less than half of it.
        assertThat(ExpectedSessions.between(Frequency.MONTHLY, null, jan1, LocalDate.of(2025, 11, 10), 0)).isEqualTo(10);
        assertThat(ExpectedSessions.between(Frequency.MONTHLY, null, jan1, LocalDate.of(2025, 11, 20), 0)).isEqualTo(11);
        assertThat(ExpectedSessions.between(Frequency.BIWEEKLY, null, jan1, dec31, 0)).isEqualTo(26);
        assertThat(ExpectedSessions.between(Frequency.CUSTOM, 21, jan1, dec31, 0)).isEqualTo(17);
        assertThat(ExpectedSessions.between(Frequency.CUSTOM, null, jan1, dec31, 7)).isEqualTo(7);
        assertThat(ExpectedSessions.between(Frequency.MONTHLY, null, LocalDate.of(2026, 1, 5), dec31, 0)).isZero();
    }

    private static void assertRefused(IndicatorKind kind, String green, String amber, String field, String key) {
        assertThatThrownBy(() -> Threshold.check(kind, green == null ? null : new BigDecimal(green), new BigDecimal(amber)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}

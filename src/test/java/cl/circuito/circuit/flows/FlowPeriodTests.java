package cl.circuito.circuit.flows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A flows period as typed: read as every date input is, refused on its field with the period's own words. */
class FlowPeriodTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void datesAreReadAsEveryInputReadsThemAndBlankMeansTheLastTwelveMonths() {
        assertThat(FlowPeriod.parse("01-05-2026", "2026-12-07", TODAY))
                .isEqualTo(new FlowPeriod(LocalDate.of(2026, 5, 1), TODAY));
        assertThat(FlowPeriod.parse("1/5/2026", " ", TODAY)).isEqualTo(new FlowPeriod(LocalDate.of(2026, 5, 1), TODAY));
        assertThat(FlowPeriod.parse("", null, TODAY)).isEqualTo(new FlowPeriod(LocalDate.of(2025, 12, 8), TODAY));
    }

    @ParameterizedTest
    @CsvSource({
            "30-02-2026, , from, circuit.error.date",
            "hoy, , from, circuit.error.date",
            ", 3001-12-31, to, circuit.error.tooLate",
            "3001-01-01, 3001-12-31, to, circuit.error.tooLate",
            "3001-01-01, , from, circuit.error.fromAfterTo",
            "1800-01-01, , from, circuit.error.tooEarly",
            "1999-12-31, , from, circuit.error.tooEarly",
            ", 2028-01-01, to, circuit.error.tooLate",
            "2026-12-01, 2026-11-01, from, circuit.error.fromAfterTo"})
    void aPeriodOutsideWhatCanBeAnsweredIsRefusedOnItsField(String from, String to, String field, String key) {
        assertThatThrownBy(() -> FlowPeriod.parse(from, to, TODAY))
                .isInstanceOfSatisfying(CircuitRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}

package cl.circuito.circuit.flows;

import cl.circuito.shared.input.InputDates;

import java.time.LocalDate;

/**
 * The period of a flows question, as typed: any date {@link InputDates} reads (ISO from the date inputs, or as
 * people write dates in Chile); both ends included.
 * Blank means the last twelve months up to today. A refused value names its field.
 */
record FlowPeriod(LocalDate from, LocalDate to) {

    /** Flows are counted from the waiting lists Circuito keeps; older questions have no answer worth the scan. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static FlowPeriod parse(String from, String to, LocalDate today) {
        LocalDate end = blank(to) ? today : date("to", to);
        LocalDate start = blank(from) ? end.minusMonths(12).plusDays(1) : date("from", from);
        if (start.isAfter(end)) {
            throw CircuitRuleViolation.invalid("from", "circuit.error.fromAfterTo");
        }
        if (start.isBefore(EARLIEST)) {
            throw CircuitRuleViolation.invalid("from", "circuit.error.tooEarly");
        }
        if (end.isAfter(today.plusYears(1))) {
            throw CircuitRuleViolation.invalid("to", "circuit.error.tooLate");
        }
        return new FlowPeriod(start, end);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * A date beyond what Circuito accepts at all (before 1900, after 2100) gets the period's own rule, as one just
     * outside it would: too early, too late, or after the end.
     */
    private static LocalDate date(String field, String text) {
        try {
            return InputDates.parseDate(text);
        } catch (InputDates.OutOfRange outside) {
            if (outside.date().isBefore(EARLIEST)) {
                throw CircuitRuleViolation.invalid("from", "circuit.error.tooEarly");
            }
            throw CircuitRuleViolation.invalid(field, field.equals("to") ? "circuit.error.tooLate"
                    : "circuit.error.fromAfterTo");
        } catch (IllegalArgumentException notADate) {
            throw CircuitRuleViolation.invalid(field, "circuit.error.date");
        }
    }
}

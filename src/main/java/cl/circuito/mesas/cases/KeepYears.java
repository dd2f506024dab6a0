package cl.circuito.mesas.cases;

import cl.circuito.mesas.mesa.MesaRuleViolation;

import java.time.LocalDate;

/**
 * How many whole years a Mesa keeps a closed case and its reviews after closing it ("Conservación de los casos
 * revisados"): the retention of {@code RecordKind.MESA_CASE_REVIEWS}, which the Mesa decides. Errors name the
 * field {@value #FIELD}.
 */
record KeepYears(int years) {

    static final int MIN = 1;
    static final int MAX = 30;
    static final String FIELD = "keepYears";

    public KeepYears {
        if (years < MIN || years > MAX) {
            throw MesaRuleViolation.invalid(FIELD, "mesacases.error.keepYears", MIN, MAX);
        }
    }

    /** The years typed, or none while the Mesa has not decided (then no case is ever due). */
    static KeepYears orUndecided(Integer years) {
        return years == null ? null : new KeepYears(years);
    }

    /** The first day a case closed on {@code closedOn} may be disposed of. */
    LocalDate dueFrom(LocalDate closedOn) {
        return closedOn.plusYears(years);
    }
}

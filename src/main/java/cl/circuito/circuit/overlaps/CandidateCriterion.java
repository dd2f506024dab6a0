package cl.circuito.circuit.overlaps;

import cl.circuito.mesas.CaseCriterion;

/**
 * Why a child of a Mesa's territory is a candidate for a case review, beyond being in several programs at once, and
 * the Mesa's criterion a review of it is presented under (the presenter may change it).
 */
public enum CandidateCriterion {
    /** Referred again within 12 months of leaving a program of the territory. */
    RE_REFERRED(CaseCriterion.COMPLEX_SITUATION),
    /** On two or more programs' lists for the same court case (RIT). */
    SAME_COURT_CASE(CaseCriterion.SEVERAL_PROGRAMS);

    private final CaseCriterion caseCriterion;

    CandidateCriterion(CaseCriterion caseCriterion) {
        this.caseCriterion = caseCriterion;
    }

    public CaseCriterion caseCriterion() {
        return caseCriterion;
    }
}

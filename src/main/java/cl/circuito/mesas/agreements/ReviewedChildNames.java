package cl.circuito.mesas.agreements;

import java.util.Map;
import java.util.UUID;

/**
 * Keeps the registered names of the child a case review was about out of the agreements that review produced
 * (its strategies' text and closing notes), as the case keeps them out of its own texts. Implemented by the case
 * reviews ({@code mesas.cases.CaseChildren}), which know which child a review's case was picked for. An
 * interface because the case reviews build on the agreements: the agreements ask through it rather than
 * depending on the cases in turn.
 */
public interface ReviewedChildNames {

    /**
     * Refuses, on its field, the first text that names the child of this case review by a word of its registered
     * names; nothing to refuse when the case was typed by initials.
     */
    void requireUnnamedInReview(UUID caseReviewId, Map<String, String> textsByField);
}

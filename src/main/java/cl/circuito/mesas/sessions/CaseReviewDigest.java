package cl.circuito.mesas.sessions;

import java.util.List;
import java.util.UUID;

/**
 * The case reviews of a session as the minutes show them (their page and PDF, for the Mesa's members only):
 * the child by initials and age, never RUT or full name. Implemented by the case reviews
 * ({@code mesas.cases.CaseReviewDigests}); read by the minutes. An interface because the case reviews build on
 * the sessions: the minutes ask for them through it rather than the sessions depending on the cases in turn.
 */
public interface CaseReviewDigest {

    /** A session's case reviews in the order they were presented. */
    List<Line> forSession(UUID sessionId);

    /**
     * One review: who presented, the child's initials and age, the criterion (label already in Spanish), the
     * question for the Mesa, and what the Mesa agreed (the strategies, each also an agreement). Once its case was
     * disposed of at the end of its retention, {@code initials} says so ("Caso eliminado") and there is no
     * presentation, question or discussion any more.
     */
    record Line(UUID reviewId, UUID caseId, String presentedBy, String initials, Integer age, String criterion,
                boolean goodPractice, List<Section> presentation, String question, String discussion,
                List<String> strategies, int reviewNumber) {
    }

    /** One answered section of the presentation format (background, interventions so far, …). */
    record Section(String label, String content) {
    }
}

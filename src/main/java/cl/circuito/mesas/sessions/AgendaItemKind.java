package cl.circuito.mesas.sessions;

import java.util.List;

/**
 * The standard structure of a session (minuta, IV.2), in its order, plus items a session adds.
 * Titles come from the bundle ({@code mesas.agenda.<KIND>}); a session may rename or drop any item.
 */
public enum AgendaItemKind {
    WELCOME,
    PREVIOUS_MINUTES,
    /** Lists every open agreement of the Mesa by itself. */
    AGREEMENTS,
    /** Referral flows, admissions and waiting lists of the Mesa's programs since the last session. */
    FLOWS,
    CHILDREN_TOPICS,
    TRAINING,
    SECTOR_INTERVENTION,
    CASE_REVIEWS,
    OTHER_BUSINESS,
    /** An item the co-facilitators add. */
    CUSTOM;

    /** The agenda every new session starts from. */
    public static List<AgendaItemKind> standard() {
        return List.of(WELCOME, PREVIOUS_MINUTES, AGREEMENTS, FLOWS, CHILDREN_TOPICS, TRAINING, SECTOR_INTERVENTION,
                CASE_REVIEWS, OTHER_BUSINESS);
    }

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isAgreements() {
        return this == AGREEMENTS;
    }

    public boolean isCaseReviews() {
        return this == CASE_REVIEWS;
    }

    public boolean isFlows() {
        return this == FLOWS;
    }

    public boolean isPreviousMinutes() {
        return this == PREVIOUS_MINUTES;
    }
}

package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.LetterSettings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a new estimated admission date calls for, from what the referrer was last told (the date of the last
 * issued estimated-date letter about the child) and any draft still pending. Estimates are recomputed often
 * (every night, after every move in the ranking), so the rule keeps at most one pending draft per child and
 * drafts an update only when the date moved at least the program's threshold from what was stated.
 */
final class EstimateLetterRule {

    enum Action {
        /** Nothing to tell, or the pending draft already says it. */
        NOTHING,
        /** Nobody was told a date yet: the first estimated-date letter. */
        DRAFT_FIRST,
        /** The date moved enough from the one stated: an update letter citing it. */
        DRAFT_UPDATE,
        /** The pending draft states the new date instead. */
        REFRESH,
        /** The pending update is no longer worth sending: the date came back near the one stated. */
        DISCARD_PENDING
    }

    private EstimateLetterRule() {
    }

    /**
     * @param stated      the date of the last issued estimated-date letter, or null when none was issued
     * @param pendingDate the date a pending draft states, or null when there is no pending draft
     * @param pending     whether there is a pending draft
     */
    static Action decide(LocalDate stated, boolean pending, LocalDate pendingDate, LocalDate newDate,
                         LetterSettings settings) {
        boolean worthTelling = stated == null || settings.worthAnUpdate(ChronoUnit.DAYS.between(stated, newDate));
        if (pending) {
            if (!worthTelling) {
                return Action.DISCARD_PENDING;
            }
            return newDate.equals(pendingDate) ? Action.NOTHING : Action.REFRESH;
        }
        if (stated == null) {
            return Action.DRAFT_FIRST;
        }
        return worthTelling ? Action.DRAFT_UPDATE : Action.NOTHING;
    }
}

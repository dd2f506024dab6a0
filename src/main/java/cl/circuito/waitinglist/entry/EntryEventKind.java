package cl.circuito.waitinglist.entry;

public enum EntryEventKind {
    REFERRAL_RECEIVED,
    BACKGROUND_SUFFICIENCY_CHANGED,
    BACKGROUND_ACTION,
    ATTACHMENT_ADDED,
    DECLARED_ELIGIBLE,
    DECLARED_NOT_ELIGIBLE,
    DECISION_REOPENED,
    EXITED,
    RANKING_PLACED,
    RANKING_PLACEMENT_CLEARED,
    ADMISSION_SCHEDULED,
    ADMISSION_UNSCHEDULED,
    ADMISSION_INTERVIEW,
    ADMITTED,
    PRIORITY_ASSESSED,
    PRIORITY_OVERRIDDEN,
    SENAINFO_ENTERED,
    SENAINFO_REMOVED,
    IMPORTED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isAttachmentAdded() {
        return this == ATTACHMENT_ADDED;
    }

    public boolean isBackgroundSufficiencyChanged() {
        return this == BACKGROUND_SUFFICIENCY_CHANGED;
    }

    public boolean isDeclaredNotEligible() {
        return this == DECLARED_NOT_ELIGIBLE;
    }

    public boolean isExited() {
        return this == EXITED;
    }
}

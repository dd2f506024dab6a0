package cl.circuito.waitinglist;

import java.time.LocalDate;

/**
 * Where a child's referral stands in SENAINFO's waiting list, as far as Circuito knows (I-SGC-01: the director
 * enters each referral in SENAINFO and removes the child from it when not eligible). Circuito does not talk to
 * SENAINFO: this is what the program recorded.
 */
public enum SenainfoState {
    /** On the list and not yet recorded as entered in SENAINFO. */
    PENDING_ENTRY,
    /** Recorded as entered in SENAINFO. */
    ENTERED,
    /** Declared not eligible and not yet recorded as removed from SENAINFO. */
    PENDING_REMOVAL,
    /** Declared not eligible and removed from SENAINFO. */
    REMOVED,
    /** Left the list for another reason without an entry on record: nothing pending. */
    NOT_RECORDED;

    /** The SQL twin of {@link #isPending()} on a {@code waiting_list_entry e}: the list's filter, the alert. */
    public static final String PENDING_CONDITION = "((e.status <> 'EXITED' and e.senainfo_entered_on is null)"
            + " or (e.exit_reason = 'NOT_ELIGIBLE' and e.senainfo_removed_on is null))";

    public static SenainfoState of(EntryStatus status, ExitReason exitReason, LocalDate enteredOn,
                                   LocalDate removedOn) {
        if (status != EntryStatus.EXITED) {
            return enteredOn == null ? PENDING_ENTRY : ENTERED;
        }
        if (exitReason == ExitReason.NOT_ELIGIBLE) {
            return removedOn == null ? PENDING_REMOVAL : REMOVED;
        }
        return enteredOn == null ? NOT_RECORDED : ENTERED;
    }

    // What a page asks of a value, instead of comparing names.
    public boolean isNotRecorded() {
        return this == NOT_RECORDED;
    }

    public boolean isPending() {
        return this == PENDING_ENTRY || this == PENDING_REMOVAL;
    }
}

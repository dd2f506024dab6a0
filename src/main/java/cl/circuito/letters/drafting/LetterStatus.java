package cl.circuito.letters.drafting;

/**
 * A letter's life: a draft is edited, then issued (numbered, PDF frozen), then recorded as sent. A draft
 * no longer needed is discarded (it never had a number). Five years after issue an issued letter may be
 * disposed of: its text and PDF are erased, its number and the act of disposal stay in the register.
 * Labels: {@code letters.status.<NAME>}.
 */
public enum LetterStatus {
    DRAFT,
    ISSUED,
    SENT,
    DISCARDED,
    DISPOSED;

    public boolean isIssued() {
        return this == ISSUED || this == SENT;
    }

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isDraft() {
        return this == DRAFT;
    }

    /** Issued and not yet sent (its own badge); {@link #isIssued()} counts the sent ones too. */
    public boolean isIssuedUnsent() {
        return this == ISSUED;
    }

    public boolean isSent() {
        return this == SENT;
    }
}

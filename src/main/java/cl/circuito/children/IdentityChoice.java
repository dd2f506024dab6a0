package cl.circuito.children;

/**
 * What the user decided when the RUT they typed is registered with other names or another birth date: the
 * registry was right (what was typed is a mistake of the referral), or what was typed is right and the
 * registry is corrected (with a reason, audited).
 */
public enum IdentityChoice {
    KEEP_REGISTERED,
    CORRECT_REGISTERED;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isCorrectRegistered() {
        return this == CORRECT_REGISTERED;
    }

    public boolean isKeepRegistered() {
        return this == KEEP_REGISTERED;
    }
}

package cl.circuito.waitinglist.entry;

/**
 * The one rule of a rectification (Ley 21.719, the right to rectify): whoever corrects what a program holds about a
 * child or their family says why, and the reason is kept in the audit trail beside the fields that changed. Used by
 * the correction of the child's identity and of the family's contact; the intake's correction of the registry asks
 * for it through its identity question.
 */
final class Rectification {

    static final int MAX_REASON = 2000;

    private Rectification() {
    }

    /** The reason as it is kept (trimmed); a correction without one is refused on {@code field}. */
    static String reason(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            throw EntryRuleViolation.invalid(field, "error.rectification.reasonRequired");
        }
        return typed.trim();
    }
}

package cl.circuito.children;

/**
 * The user's answer to an {@link ChildIdentityMismatch}, sent with the registration that raised it.
 *
 * @param choice null while the user has not been asked (the registry then refuses any difference)
 * @param reason why the registry is corrected; required with {@link IdentityChoice#CORRECT_REGISTERED}
 */
public record IdentityConfirmation(IdentityChoice choice, String reason) {

    /** Nothing confirmed yet: a difference with the registry is refused, never silently resolved. */
    public static final IdentityConfirmation NONE = new IdentityConfirmation(null, null);
}

package cl.circuito.identity.twofactor;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * What the session keeps between the password and the code: who typed the right password. It authenticates
 * nothing — the session has no security context until the code is right, so no page or API answers it.
 */
public record PendingLogin(UUID userId, String username) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = PendingLogin.class.getName();
    /** The session attribute set when the user must enrol before doing anything else. */
    public static final String MUST_ENROL = PendingLogin.class.getName() + ".mustEnrol";
}

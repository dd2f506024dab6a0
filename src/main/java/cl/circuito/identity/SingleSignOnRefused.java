package cl.circuito.identity;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import java.io.Serial;
import java.util.UUID;

/**
 * A provider vouched for someone no enabled Circuito user is: unknown, disabled or locked. {@code claimedBy} is the
 * identity the provider gave (the e-mail or the RUT), or null when it gave none Circuito could use.
 */
final class SingleSignOnRefused extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String provider;
    private final String claimedBy;
    private final UUID userId;

    SingleSignOnRefused(String provider, String claimedBy, UUID userId) {
        super(new OAuth2Error("circuito_account_not_enabled"), "No enabled user for this identity");
        this.provider = provider;
        this.claimedBy = claimedBy;
        this.userId = userId;
    }

    String provider() {
        return provider;
    }

    String claimedBy() {
        return claimedBy;
    }

    /** The user this identity belongs to, when it is one who is disabled or locked; otherwise null. */
    UUID userId() {
        return userId;
    }
}

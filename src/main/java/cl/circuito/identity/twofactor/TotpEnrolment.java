package cl.circuito.identity.twofactor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A user's TOTP secret (as stored: encrypted or not, see {@link SecretCipher}), confirmed or still pending. */
@Entity
@Table(name = "app_user_totp")
class TotpEnrolment {

    @Id
    private UUID userId;
    @Version
    private long version;
    private String secret;
    private Instant enabledAt;
    private Long lastStep;

    protected TotpEnrolment() {
    }

    TotpEnrolment(UUID userId, String storedSecret) {
        this.userId = userId;
        this.secret = storedSecret;
    }

    boolean confirmed() {
        return enabledAt != null;
    }

    void confirm(Instant now, long step) {
        enabledAt = now;
        lastStep = step;
    }

    /** A code's time step, accepted once only: a code seen (or one older than it) is refused. */
    boolean accept(long step) {
        if (lastStep != null && step <= lastStep) {
            return false;
        }
        lastStep = step;
        return true;
    }

    String storedSecret() {
        return secret;
    }
}

package cl.circuito.identity.twofactor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One recovery code of a user, as its SHA-256; used once. */
@Entity
@Table(name = "app_user_recovery_code")
class RecoveryCode {

    @Id
    private UUID id;
    private UUID userId;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(UUID userId, String codeHash) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.codeHash = codeHash;
    }

    boolean unused() {
        return usedAt == null;
    }

    void use(Instant now) {
        usedAt = now;
    }
}

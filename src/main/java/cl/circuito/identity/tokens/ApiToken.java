package cl.circuito.identity.tokens;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** A personal token for machine clients of the API. Only its SHA-256 is stored. */
@Entity
public class ApiToken {

    @Id
    private UUID id;
    private UUID userId;
    private String name;
    private String tokenHash;
    private String prefix;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(UUID userId, String name, String tokenHash, String prefix, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = now;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean active() {
        return revokedAt == null;
    }

    public UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}

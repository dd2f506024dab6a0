package cl.circuito.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The links that let a user choose their password (table {@code user_invitation}). Only the SHA-256 of a link's
 * token is stored, so reading the table gives no working link. A link works once and until
 * {@code circuito.invitations.valid-for} (72 hours by default); issuing a new one for the user ends the earlier ones.
 */
@Component
class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validFor;

    Invitations(JdbcClient jdbc, Clock clock, @Value("${circuito.invitations.valid-for:PT72H}") Duration validFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** A new link's token (to put in the e-mail, never stored) and when it expires. */
    record Issued(String token, Instant expiresAt) {
    }

    enum State { VALID, EXPIRED, USED, UNKNOWN }

    /** What a token leads to: its user and whether it still works. */
    record Found(UUID userId, State state) {
    }

    Issued issue(UUID userId, UUID issuedBy) {
        Instant now = clock.instant();
        jdbc.sql("update user_invitation set revoked_at = :now where user_id = :user and used_at is null and revoked_at is null")
                .param("now", Timestamp.from(now)).param("user", userId).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(validFor);
        jdbc.sql("""
                        insert into user_invitation (id, user_id, token_hash, created_by, created_at, expires_at)
                        values (:id, :user, :hash, :by, :now, :expires)""")
                .param("id", UUID.randomUUID()).param("user", userId).param("hash", hash(token)).param("by", issuedBy)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt)).update();
        return new Issued(token, expiresAt);
    }

    Found find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Found(null, State.UNKNOWN);
        }
        Instant now = clock.instant();
        Optional<Found> found = jdbc.sql("""
                        select user_id, expires_at, used_at, revoked_at from user_invitation where token_hash = :hash""")
                .param("hash", hash(token))
                .query((rs, n) -> {
                    UUID user = rs.getObject("user_id", UUID.class);
                    if (rs.getTimestamp("used_at") != null || rs.getTimestamp("revoked_at") != null) {
                        return new Found(user, State.USED);
                    }
                    if (!rs.getTimestamp("expires_at").toInstant().isAfter(now)) {
                        return new Found(user, State.EXPIRED);
                    }
                    return new Found(user, State.VALID);
                })
                .optional();
        return found.orElse(new Found(null, State.UNKNOWN));
    }

    /**
     * Uses the link, if it still works: one statement, so two submissions of the same link at once set one password.
     *
     * @return the user whose link it was, or empty when it no longer works
     */
    Optional<UUID> use(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update user_invitation set used_at = :now
                         where token_hash = :hash and used_at is null and revoked_at is null and expires_at > :now
                        returning user_id""")
                .param("now", now).param("hash", hash(token))
                .query((rs, n) -> rs.getObject("user_id", UUID.class)).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

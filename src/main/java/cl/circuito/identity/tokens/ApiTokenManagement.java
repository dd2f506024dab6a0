package cl.circuito.identity.tokens;

import cl.circuito.identity.User;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens: a user creates them in the UI, sees each once, and may revoke them.
 */
@Service
public class ApiTokenManagement {

    /** Tokens start with this, so a leaked one is easy to recognise in logs and scanners. */
    static final String PREFIX = "ctk_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenManagement(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token; the returned secret is the only time it is ever available. */
    @Transactional
    public CreatedToken create(Actor actor, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = tokens.save(new ApiToken(actor.userId(), name.trim(), hash(raw), raw.substring(0, 10),
                clock.instant()));
        return new CreatedToken(token.id(), token.name(), raw);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(Actor actor) {
        return tokens.findByUserIdOrderByCreatedAtDesc(actor.userId());
    }

    @Transactional
    public void revoke(Actor actor, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId().equals(actor.userId()))
                .orElseThrow(() -> new NotFound("apiToken"));
        token.revoke(clock.instant());
    }

    /**
     * The user an active token names, noting the token's use; empty for anything else, and for a disabled or
     * locked account (refused as an unknown token is, 401).
     */
    @Transactional
    public Optional<User> authenticate(String raw) {
        if (raw == null || !raw.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findWithUser(hash(raw)).stream()
                .findFirst()
                .filter(found -> ((ApiToken) found[0]).active())
                .map(found -> {
                    ApiToken token = (ApiToken) found[0];
                    if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                        token.used(now);
                    }
                    return (User) found[1];
                })
                .filter(user -> user.usableAt(now));
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public record CreatedToken(UUID id, String name, String secret) {
    }
}

package cl.circuito.identity.twofactor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps TOTP secrets encrypted at rest (AES-256-GCM, the key derived from {@code circuito.security.totp-key}) when a
 * key is configured; without one they are stored as they are, and a production node says so at startup. A stored
 * secret says which it is ("enc:" prefix), so setting a key later still reads the secrets stored before it.
 */
@Component
class SecretCipher {

    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    private static final String PREFIX = "enc:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretCipher(@Value("${circuito.security.totp-key:}") String configuredKey, Environment environment) {
        this.key = configuredKey.isBlank() ? null : new SecretKeySpec(sha256(configuredKey), "AES");
        if (key == null && environment.acceptsProfiles(Profiles.of("prod"))) {
            LOG.warn("circuito.security.totp-key (CIRCUITO_TOTP_KEY) is not set: two-factor secrets are stored "
                    + "unencrypted in the database. Set a long random key to encrypt them.");
        }
    }

    String seal(String secret) {
        if (key == null) {
            return secret;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(iv) + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is always available", e);
        }
    }

    String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("A two-factor secret is encrypted but circuito.security.totp-key is not set");
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Base64.getDecoder().decode(parts[0])));
            return new String(cipher.doFinal(Base64.getDecoder().decode(parts[1])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A two-factor secret does not open with circuito.security.totp-key", e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

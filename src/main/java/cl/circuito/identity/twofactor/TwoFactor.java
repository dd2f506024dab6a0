package cl.circuito.identity.twofactor;

import cl.circuito.shared.security.Role;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Enrolment, codes and recovery codes of a user's two-factor authentication. A code is accepted for the current
 * 30-second step or the one on either side (clocks drift), and never twice; a recovery code once.
 */
@Service
public class TwoFactor {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Circuito";

    private final TotpEnrolments enrolments;
    private final RecoveryCodes recoveryCodes;
    private final SecretCipher cipher;
    private final Clock clock;
    private final Set<Role> requiredRoles;
    private final boolean requiredForAll;
    private final ApplicationEventPublisher events;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    TwoFactor(TotpEnrolments enrolments, RecoveryCodes recoveryCodes, SecretCipher cipher, Clock clock,
              ApplicationEventPublisher events,
              @Value("${circuito.security.two-factor-required-roles:ADMIN,NATIONAL_TEAM,TERRITORIAL_MANAGER}")
              Set<Role> requiredRoles,
              @Value("${circuito.security.require-two-factor-for-all:false}") boolean requiredForAll) {
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
        this.requiredRoles = requiredRoles;
        this.requiredForAll = requiredForAll;
    }

    /** Whether a user of this role must enrol before using Circuito. */
    public boolean requiredFor(Role role) {
        return requiredForAll || requiredRoles.contains(role);
    }

    @Transactional(readOnly = true)
    public boolean enabled(UUID userId) {
        return enrolments.findById(userId).filter(TotpEnrolment::confirmed).isPresent();
    }

    @Transactional(readOnly = true)
    public Status status(UUID userId) {
        return new Status(enabled(userId), recoveryCodes.countUnused(userId));
    }

    /**
     * The secret to scan, for a user not yet enrolled: the one pending if she opened the page before, otherwise a
     * new one. Nothing changes for the login until {@link #confirm}.
     */
    @Transactional
    public Setup setup(UUID userId, String username) {
        TotpEnrolment enrolment = enrolments.findById(userId).orElse(null);
        if (enrolment != null && enrolment.confirmed()) {
            throw new TwoFactorRefused("twofactor.error.alreadyEnabled");
        }
        if (enrolment == null) {
            enrolment = enrolments.save(new TotpEnrolment(userId, cipher.seal(new DefaultSecretGenerator(32).generate())));
        }
        String secret = cipher.open(enrolment.storedSecret());
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return new Setup(grouped(secret), data.getUri(), Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    /** Confirms the enrolment with a first code; the recovery codes returned are shown once. */
    @Transactional
    public List<String> confirm(UUID userId, String code) {
        TotpEnrolment enrolment = enrolments.findById(userId)
                .filter(e -> !e.confirmed())
                .orElseThrow(() -> new TwoFactorRefused("twofactor.error.noSetup"));
        long step = matchingStep(cipher.open(enrolment.storedSecret()), code)
                .orElseThrow(() -> new TwoFactorRefused("twofactor.error.wrongCode"));
        enrolment.confirm(clock.instant(), step);
        return newRecoveryCodes(userId);
    }

    /** Whether a code (or an unused recovery code, then used up) proves the second factor at login. */
    @Transactional
    public boolean verify(UUID userId, String code) {
        TotpEnrolment enrolment = enrolments.findById(userId).filter(TotpEnrolment::confirmed).orElse(null);
        if (enrolment == null || code == null) {
            return false;
        }
        Optional<Long> step = matchingStep(cipher.open(enrolment.storedSecret()), code);
        if (step.isPresent()) {
            return enrolment.accept(step.get());
        }
        return recoveryCodes.findByUserIdAndCodeHash(userId, hash(normalRecovery(code)))
                .filter(RecoveryCode::unused)
                .map(recovery -> {
                    recovery.use(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /**
     * The code step of a login: whether the code (or a recovery code) is right, told to the login throttling
     * ({@link SecondFactorChecked}), which locks the account after as many wrong codes as wrong passwords.
     */
    @Transactional
    public boolean checkAtLogin(UUID userId, String code) {
        boolean right = verify(userId, code);
        events.publishEvent(new SecondFactorChecked(userId, right));
        return right;
    }

    /** Turns two-factor off, proven with a current code or a recovery code; not for a role that requires it. */
    @Transactional
    public void disable(UUID userId, Role role, String code) {
        if (requiredFor(role)) {
            throw new TwoFactorRefused("twofactor.error.required");
        }
        if (!verify(userId, code)) {
            throw new TwoFactorRefused("twofactor.error.wrongCode");
        }
        enrolments.deleteById(userId);
        recoveryCodes.deleteByUser(userId);
    }

    /** New recovery codes in place of all the old ones, proven with a current code. */
    @Transactional
    public List<String> regenerateRecoveryCodes(UUID userId, String code) {
        if (!verify(userId, code)) {
            throw new TwoFactorRefused("twofactor.error.wrongCode");
        }
        return newRecoveryCodes(userId);
    }

    private List<String> newRecoveryCodes(UUID userId) {
        recoveryCodes.deleteByUser(userId);
        List<String> generated = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        generated.forEach(code -> recoveryCodes.save(new RecoveryCode(userId, hash(normalRecovery(code)))));
        return generated;
    }

    private Optional<Long> matchingStep(String secret, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return Optional.empty();
        }
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        code.getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("A TOTP code could not be computed", e);
            }
        }
        return Optional.empty();
    }

    private static String normalRecovery(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    static String hash(String code) {
        return HexFormat.of().formatHex(SecretCipher.sha256(code));
    }

    /** @param recoveryCodesLeft unused recovery codes */
    public record Status(boolean enabled, long recoveryCodesLeft) {
    }

    /** @param secret grouped by four for typing; {@code qrImage} a data URI of a PNG */
    public record Setup(String secret, String otpauthUri, String qrImage) {
    }
}

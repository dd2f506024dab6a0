package cl.circuito.identity;

import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditTrail;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recognises the person an OpenID Connect provider vouched for as one of Circuito's users, by the e-mail (only a
 * verified one, or any from a provider the deployment trusts) or by the RUT, in the order the deployment chose
 * ({@link SingleSignOnProperties}). Users are never created here: the administrator gives each one a role and
 * programs beforehand, and the login only finds her. An identity no enabled, unlocked user has is refused, and
 * both outcomes go to the audit trail.
 */
@Service
class SingleSignOn {

    static final String SUBJECT = "USER";
    static final String METHOD = "OIDC";

    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;
    private final SingleSignOnProperties properties;

    SingleSignOn(Users users, AuditTrail audit, Clock clock, SingleSignOnProperties properties) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** The id of the enabled user this is; {@link SingleSignOnRefused} when there is none. */
    @Transactional(readOnly = true)
    public UUID recognise(String provider, OidcUser person) {
        String claimedBy = null;
        for (SingleSignOnProperties.MatchBy way : properties.matchBy()) {
            Optional<String> identity = switch (way) {
                case EMAIL -> email(person);
                case RUT -> Ruts.ofClaim(person.getAttributes().get(properties.rutClaim()));
            };
            if (identity.isEmpty()) {
                continue;
            }
            claimedBy = claimedBy == null ? identity.get() : claimedBy;
            Optional<User> user = switch (way) {
                case EMAIL -> only(users.findByEmail(identity.get()));
                case RUT -> users.findByRut(identity.get());
            };
            if (user.isPresent()) {
                User found = user.get();
                if (!found.enabled() || found.lockedAt(clock.instant())) {
                    throw new SingleSignOnRefused(provider, identity.get(), found.id());
                }
                return found.id();
            }
        }
        throw new SingleSignOnRefused(provider, claimedBy, null);
    }

    /** Records the login of a recognised user; the principal of her session, as a form login would give. */
    @Transactional
    public CircuitoPrincipal loggedIn(UUID userId, String provider) {
        User user = users.findById(userId).orElseThrow(() -> new SingleSignOnRefused(provider, null, null));
        if (!user.enabled() || user.lockedAt(clock.instant())) {
            throw new SingleSignOnRefused(provider, user.email(), user.id());
        }
        user.succeededLogin(clock.instant());
        audit.changed(user.toActor(), cl.circuito.audit.AuditAction.LOGGED_IN,
                new AuditTrail.Subject(SUBJECT, user.id(), null), "sso.audit.loggedIn", details(provider));
        CircuitoPrincipal principal = new CircuitoPrincipal(user, false);
        principal.eraseCredentials();
        return principal;
    }

    /** Records a refused login: who it claimed to be, through which provider, and whose account when there is one. */
    public void refused(SingleSignOnRefused refusal) {
        String claimedBy = refusal.claimedBy() == null ? "?" : refusal.claimedBy();
        UUID subject = refusal.userId() == null ? UUID.randomUUID() : refusal.userId();
        audit.loginRefused(claimedBy, new AuditTrail.Subject(SUBJECT, subject, null), "sso.audit.refused",
                details(refusal.provider()));
    }

    private Optional<String> email(OidcUser person) {
        Object email = person.getAttributes().get(properties.emailClaim());
        if (!(email instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        boolean verified = properties.emailTrusted() || Boolean.TRUE.equals(person.getEmailVerified())
                || "true".equals(String.valueOf(person.getAttributes().get("email_verified")));
        return verified ? Optional.of(text.trim()) : Optional.empty();
    }

    /** An e-mail that two accounts share names neither: the login is refused rather than guessed. */
    private static Optional<User> only(List<User> withEmail) {
        return withEmail.size() == 1 ? Optional.of(withEmail.get(0)) : Optional.empty();
    }

    private static AuditDetails details(String provider) {
        return AuditDetails.of(AuditField.LOGIN_METHOD, METHOD).with(AuditField.PROVIDER, provider);
    }
}

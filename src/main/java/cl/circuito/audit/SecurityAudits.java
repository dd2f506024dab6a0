package cl.circuito.audit;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * What the audit trail keeps beyond reads and changes: failed logins (Spring Security's failure events; what was
 * typed as the username, never the password) and refused requests (a record out of scope, a permission lacking),
 * as each channel's translation of errors publishes them. Each is its own short transaction; if the database
 * cannot take it, the refusal is still answered and the loss is logged.
 */
@Component
class SecurityAudits {

    private static final Logger log = LoggerFactory.getLogger(SecurityAudits.class);
    private static final int MAX_TYPED = 200;

    private final AuditTrail trail;
    private final CurrentActor actors;

    SecurityAudits(AuditTrail trail, CurrentActor actors) {
        this.trail = trail;
        this.actors = actors;
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login)) {
            return; // an API token refused: no username was typed
        }
        String typed = login.getName() == null ? "" : login.getName();
        if (typed.length() > MAX_TYPED) {
            typed = typed.substring(0, MAX_TYPED);
        }
        Exception refusal = event.getException();
        String reason = refusal instanceof BadCredentialsException ? "LOGIN_BAD_CREDENTIALS"
                : refusal instanceof LockedException ? "LOGIN_LOCKED"
                : refusal instanceof DisabledException ? "LOGIN_DISABLED"
                : "LOGIN_REFUSED";
        AuditDetails details = AuditDetails.of(AuditField.TYPED_USERNAME, typed).with(AuditField.REASON, reason);
        try {
            trail.loginFailed(details);
        } catch (DataAccessException e) {
            log.error("A failed login could not be audited: {}", e.getMessage());
        }
    }

    @EventListener
    void refused(AccessRefused event) {
        Actor actor;
        try {
            actor = actors.get();
        } catch (org.springframework.security.core.AuthenticationException e) {
            return; // nobody logged in: the login page answers, there is no one to name
        }
        AuditDetails details = AuditDetails.of(AuditField.PATH, event.method() + " " + event.path())
                .with(AuditField.RESPONSE_STATUS, event.status().value());
        try {
            trail.refused(actor, event.recordId(), event.messageKey(), details);
        } catch (DataAccessException e) {
            log.error("A refused request could not be audited: {}", e.getMessage());
        }
    }
}

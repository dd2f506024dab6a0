package cl.circuito.identity;

import cl.circuito.identity.twofactor.SecondFactorChecked;
import cl.circuito.identity.twofactor.TwoFactor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Locks an account for a while after repeated wrong passwords (or wrong two-factor codes). The count lives in the database, so
 * it holds across application nodes.
 */
@Component
class LoginThrottling {

    private final Users users;
    private final Clock clock;
    private final SecurityProperties properties;
    private final TwoFactor twoFactor;

    LoginThrottling(Users users, Clock clock, SecurityProperties properties, TwoFactor twoFactor) {
        this.users = users;
        this.clock = clock;
        this.properties = properties;
        this.twoFactor = twoFactor;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getPrincipal()))
                .ifPresent(user -> user.failedLogin(clock.instant(), properties.maxFailedLogins(), properties.lockout()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        // With two-factor, the right password alone does not end the count: the code step does
        // (onSecondFactor), so wrong codes cannot be retried for ever between right passwords.
        if (event.getAuthentication().getPrincipal() instanceof CircuitoPrincipal principal
                && !twoFactor.enabled(principal.userId())) {
            users.findById(principal.userId()).ifPresent(user -> user.succeededLogin(clock.instant()));
        }
    }

    /** A wrong code at login counts as a wrong password; a right one completes the login. */
    @EventListener
    @Transactional
    public void onSecondFactor(SecondFactorChecked event) {
        users.findById(event.userId()).ifPresent(user -> {
            if (event.right()) {
                user.succeededLogin(clock.instant());
            } else {
                user.failedLogin(clock.instant(), properties.maxFailedLogins(), properties.lockout());
            }
        });
    }
}

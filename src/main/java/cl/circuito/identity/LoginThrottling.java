package cl.circuito.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Locks an account for a while after repeated wrong passwords. The count lives in the database, so
 * it holds across application nodes.
 */
@Component
class LoginThrottling {

    private final Users users;
    private final Clock clock;
    private final SecurityProperties properties;

    LoginThrottling(Users users, Clock clock, SecurityProperties properties) {
        this.users = users;
        this.clock = clock;
        this.properties = properties;
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
        if (event.getAuthentication().getPrincipal() instanceof CircuitoPrincipal principal) {
            users.findById(principal.userId()).ifPresent(user -> user.succeededLogin(clock.instant()));
        }
    }
}

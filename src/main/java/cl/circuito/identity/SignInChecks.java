package cl.circuito.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password step of the login, built so it tells nothing about which usernames exist: an unknown user, a wrong
 * password, a locked and a disabled account all end on the same login page with the same message
 * ({@code LoginController}), after the same work — the password hash runs first in every case (for an unknown
 * user, against a dummy hash), and a locked or disabled account is refused only after it. The lock still holds: a
 * locked account is refused with the right password too.
 */
@Configuration(proxyBeanMethods = false)
class SignInChecks {

    @Bean
    DaoAuthenticationProvider passwordAuthentication(CircuitoUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        // Nothing before the password: the default would refuse a locked account without hashing anything.
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }
}

package cl.circuito.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
class CircuitoUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    CircuitoUserDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim())
                .map(user -> new CircuitoPrincipal(user, user.lockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}

package cl.circuito.identity;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the session keeps of a logged-in user: only the id and the login facts. The role and scope
 * are reloaded on every request ({@link RequestActor}), so administrators' changes apply at once.
 */
final class CircuitoPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final String username;
    private final String role;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    CircuitoPrincipal(User user, boolean locked) {
        this.userId = user.id();
        this.username = user.username();
        this.role = user.role().name();
        this.enabled = user.enabled();
        this.locked = locked;
        this.passwordHash = user.passwordHash();
    }

    UUID userId() {
        return userId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

package cl.circuito;

import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.UserAdministration.UserDetails;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Fictional users for tests. The database is shared by every test class of the run, so every name
 * is made unique.
 */
public final class TestAccounts {

    /** Stands for an administrator in service calls that set up a test; not a stored user. */
    public static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin", "Admin", Role.ADMIN,
            new AccessScope.Nothing());
    public static final String PASSWORD = "clave-de-prueba-1";

    private TestAccounts() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static User create(UserAdministration users, Role role, String regionCode, Set<UUID> programIds) {
        String username = unique(role.name().toLowerCase().replace('_', '.'));
        return users.create(ADMIN, new UserDetails(username, "Persona " + username, username + "@example.cl", null,
                role, regionCode, programIds), PASSWORD);
    }

    /** Logs the user in as the real login does: with Circuito's own principal. */
    public static RequestPostProcessor as(UserDetailsService userDetails, User user) {
        return user(userDetails.loadUserByUsername(user.username()));
    }
}

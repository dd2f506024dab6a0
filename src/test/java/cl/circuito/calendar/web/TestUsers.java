package cl.circuito.calendar.web;

import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Fictional users for web tests, with unique usernames: the database is shared by every test class of a run. */
final class TestUsers {

    private static final Actor ROOT = new Actor(UUID.randomUUID(), "root", "Root", Role.ADMIN, new AccessScope.Nothing());

    private final UserAdministration users;
    private final UserDetailsService userDetails;

    TestUsers(UserAdministration users, UserDetailsService userDetails) {
        this.users = users;
        this.userDetails = userDetails;
    }

    /** Creates a user with the role and returns what logs them in on a MockMvc request. */
    RequestPostProcessor create(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(ROOT, new UserAdministration.UserDetails(username, "Persona Ficticia " + role, username + "@example.cl",
                "Cargo de prueba", role, null, Set.of()), "password-123456");
        return user(userDetails.loadUserByUsername(username));
    }
}

package cl.circuito.identity;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Actors for work done outside a request (scheduled jobs): the same role and scope a user gets when
 * logged in ({@link RequestActor}), read fresh from the database so a disabled account or a changed
 * scope applies at once.
 */
@Service
@Transactional(readOnly = true)
public class Actors {

    private final Users users;

    Actors(Users users) {
        this.users = users;
    }

    /** The enabled user's actor; empty when the user is unknown or disabled. */
    public Optional<Actor> actorOf(UUID userId) {
        return users.findById(userId).filter(User::enabled).map(User::toActor);
    }

    /**
     * Who gets the daily e-mail digest: enabled users with an e-mail address who kept it on and who
     * may read child records (an administrator has nothing to be alerted about). One query.
     */
    public List<Recipient> digestRecipients() {
        List<Role> roles = Arrays.stream(Role.values()).filter(r -> r.can(Permission.READ_CHILD_RECORDS)).toList();
        return users.findDigestRecipients(roles).stream()
                .map(u -> new Recipient(u.toActor(), u.email().trim()))
                .toList();
    }

    public record Recipient(Actor actor, String email) {
    }

    /**
     * How an enabled user signs documents (an oficio): full name and position. Empty when the user is
     * unknown or disabled, so nobody signs in the name of a departed director.
     */
    public Optional<Signatory> signatory(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return users.findById(userId).filter(User::enabled)
                .map(u -> new Signatory(u.fullName(), u.position() == null || u.position().isBlank() ? null
                        : u.position().trim()));
    }

    public record Signatory(String name, String position) {
    }
}

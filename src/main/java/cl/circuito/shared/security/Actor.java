package cl.circuito.shared.security;

import java.util.UUID;

/**
 * Who is asking: every application service receives or looks up the actor and scopes its work by it.
 */
public record Actor(UUID userId, String username, String displayName, Role role, AccessScope scope) {

    public boolean can(Permission permission) {
        return role.can(permission);
    }

    /** Throws {@link AccessDenied} unless the actor's role grants the permission. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDenied(permission);
        }
    }
}

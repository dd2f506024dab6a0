package cl.circuito.shared.security;

/**
 * The actor behind the current request (a logged-in user or an API token's owner).
 * Implemented by the identity module, which reloads the user on each request so that a change of
 * role, programs or a disabled account takes effect at once.
 */
public interface CurrentActor {

    Actor get();
}

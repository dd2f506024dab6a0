package cl.circuito.identity;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The actor behind the current request, loaded once per request from the database.
 */
@Component
class RequestActor implements CurrentActor {

    private static final String ATTRIBUTE = RequestActor.class.getName();

    private final Users users;

    RequestActor(Users users) {
        this.users = users;
    }

    @Override
    public Actor get() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached) {
            return cached;
        }
        Actor actor = load();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    /** The actor an API token named, loaded while authenticating: the request need not read the user again. */
    static void remember(Actor actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private Actor load() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CircuitoPrincipal principal)) {
            throw new InsufficientAuthenticationException("No user is logged in");
        }
        return users.findForRequest(principal.userId())
                .filter(User::enabled)
                .map(User::toActor)
                .orElseThrow(() -> new InsufficientAuthenticationException("The user no longer exists or is disabled"));
    }
}

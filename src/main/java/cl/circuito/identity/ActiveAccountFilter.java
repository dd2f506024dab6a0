package cl.circuito.identity;

import cl.circuito.shared.security.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A page session outlives the account it was opened with: the administrator may disable a user, or delete her,
 * while she is logged in. Every request of a logged-in user first loads her as an actor (what the controller would
 * do anyway; {@link RequestActor} keeps it for the rest of the request, so this costs no extra query). An account
 * that is gone or disabled ends the session there and then, with the reason on the login page — never an error
 * page in the middle of her work. Rights that changed simply apply from the next request, as the actor is read
 * from the database each time.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    static final String DISABLED_URL = "/login?disabled";

    private final CurrentActor actors;

    ActiveAccountFilter(CurrentActor actors) {
        this.actors = actors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CircuitoPrincipal) {
            try {
                actors.get();
            } catch (InsufficientAuthenticationException e) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                String target = request.getContextPath() + DISABLED_URL;
                if (request.getHeader("HX-Request") != null) {
                    // htmx would swap the login page into a panel; ask it to load the page instead.
                    response.setHeader("HX-Redirect", target);
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                } else {
                    response.sendRedirect(target);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

package cl.circuito.identity;

import cl.circuito.identity.tokens.ApiTokenManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Authenticates API requests by "Authorization: Bearer ctk_…". Requests without it stay anonymous. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenManagement tokens;

    ApiTokenFilter(ApiTokenManagement tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.authenticate(header.substring(7).trim()).ifPresent(user -> {
                RequestActor.remember(user.toActor());
                var principal = new CircuitoPrincipal(user, false);
                var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                        principal.getAuthorities());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}

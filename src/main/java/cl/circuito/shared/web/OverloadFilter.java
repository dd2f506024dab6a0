package cl.circuito.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The session and the signed-in user are read by filters, before any controller: when the pool has no connection
 * to give them in time, the request ends here with 503 and a "try again in a few seconds", as the controllers'
 * error handlers answer ({@link PageErrors}, {@link ApiErrors}), not with a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OverloadFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OverloadFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!Overload.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("No database connection came free in time for {}: {}", request.getRequestURI(), e.getMessage());
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}

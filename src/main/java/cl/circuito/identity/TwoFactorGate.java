package cl.circuito.identity;

import cl.circuito.identity.twofactor.PendingLogin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Holds a user who must enrol in two-factor authentication (her role requires it, {@link TwoFactorLogin}) on the
 * enrolment page: any other page sends her there, until she has confirmed her first code.
 */
class TwoFactorGate extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of(TwoFactorLogin.ENROLMENT_PAGE, "/logout", "/login", "/assets/",
            "/webjars/", "/error", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PendingLogin.MUST_ENROL) != null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (OPEN.stream().noneMatch(path::startsWith)) {
                String target = request.getContextPath() + TwoFactorLogin.ENROLMENT_PAGE;
                if (request.getHeader("HX-Request") != null) {
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

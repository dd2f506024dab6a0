package cl.circuito.identity;

import cl.circuito.identity.twofactor.PendingLogin;
import cl.circuito.identity.twofactor.TwoFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * After the right password: a user enrolled in two-factor authentication is not logged in yet — the session
 * forgets the authentication and keeps only who is pending ({@link PendingLogin}), and the code page
 * ({@code /login/code}) completes the login. A user whose role requires two-factor and who has not enrolled is
 * logged in but held on the enrolment page ({@link TwoFactorGate}) until she enrols. Everyone else lands on the
 * day page, as before.
 */
@Component
class TwoFactorLogin implements AuthenticationSuccessHandler {

    static final String CODE_PAGE = "/login/code";
    static final String ENROLMENT_PAGE = "/account/two-factor";

    private final TwoFactor twoFactor;
    private final Users users;

    TwoFactorLogin(TwoFactor twoFactor, Users users) {
        this.twoFactor = twoFactor;
        this.users = users;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        CircuitoPrincipal principal = (CircuitoPrincipal) authentication.getPrincipal();
        HttpSession session = request.getSession();
        session.removeAttribute(PendingLogin.MUST_ENROL);
        String target = "/";
        if (twoFactor.enabled(principal.userId())) {
            SecurityContextHolder.clearContext();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin(principal.userId(), principal.getUsername()));
            target = CODE_PAGE;
        } else {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
            boolean required = users.findById(principal.userId()).map(user -> twoFactor.requiredFor(user.role()))
                    .orElse(false);
            if (required) {
                session.setAttribute(PendingLogin.MUST_ENROL, Boolean.TRUE);
                target = ENROLMENT_PAGE;
            }
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}

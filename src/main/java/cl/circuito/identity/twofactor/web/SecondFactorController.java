package cl.circuito.identity.twofactor.web;

import cl.circuito.identity.twofactor.PendingLogin;
import cl.circuito.identity.twofactor.TwoFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second page of the login, for a user enrolled in two-factor authentication: the right password left only a
 * {@link PendingLogin} in the session; the right code (or a recovery code) logs her in. A wrong code counts as a
 * wrong password (the account locks after as many); a locked or disabled account goes back to the login page with
 * its one message, as at the password step.
 */
@Controller
class SecondFactorController {

    private static final String PAGE = "account/two-factor-code";

    private final TwoFactor twoFactor;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorController(TwoFactor twoFactor, UserDetailsService users) {
        this.twoFactor = twoFactor;
        this.users = users;
    }

    @GetMapping("/login/code")
    String page(HttpSession session, @ModelAttribute TwoFactorCode twoFactorCode) {
        return session.getAttribute(PendingLogin.ATTRIBUTE) == null ? "redirect:/login" : PAGE;
    }

    @PostMapping("/login/code")
    String check(@Valid @ModelAttribute TwoFactorCode twoFactorCode, BindingResult result, HttpServletRequest request,
                 HttpServletResponse response, HttpSession session) {
        if (!(session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin pending)) {
            return "redirect:/login";
        }
        if (usable(pending) == null) {
            return backToLogin(session);
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PAGE;
        }
        if (!twoFactor.checkAtLogin(pending.userId(), twoFactorCode.code())) {
            if (usable(pending) == null) {
                return backToLogin(session); // that wrong code locked the account
            }
            result.rejectValue("code", "twofactor.error.wrongCode");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return PAGE;
        }
        UserDetails user = usable(pending);
        if (user == null) {
            return backToLogin(session);
        }
        if (user instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }

    /** The pending user as she is now, or null when she is gone, locked or disabled. */
    private UserDetails usable(PendingLogin pending) {
        try {
            UserDetails user = users.loadUserByUsername(pending.username());
            return user.isAccountNonLocked() && user.isEnabled() ? user : null;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private static String backToLogin(HttpSession session) {
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("second factor"));
        return "redirect:/login?error";
    }
}

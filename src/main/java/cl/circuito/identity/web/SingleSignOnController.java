package cl.circuito.identity.web;

import cl.circuito.identity.SingleSignOnLogin;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * The pages' side of single sign-on: the providers' buttons on the login page (none without a provider configured),
 * and the page saying why a provider's login did not let the person in.
 */
@Controller
class SingleSignOnController {

    /** Where {@link SingleSignOnLogin} sends a refused or failed login. */
    @GetMapping(SingleSignOnLogin.REFUSED_URL)
    String refused(HttpSession session, Model model) {
        Object refusal = session.getAttribute(SingleSignOnLogin.REFUSAL);
        session.removeAttribute(SingleSignOnLogin.REFUSAL);
        model.addAttribute("refusal", refusal instanceof SingleSignOnLogin.Refusal known ? known
                : new SingleSignOnLogin.Refusal(null, null, false));
        return "sso-refused";
    }

    /** The providers' buttons, for the login page only. */
    @ControllerAdvice(assignableTypes = LoginController.class)
    static class LoginButtons {

        private final SingleSignOnLogin sso;

        LoginButtons(SingleSignOnLogin sso) {
            this.sso = sso;
        }

        @ModelAttribute("ssoProviders")
        List<SingleSignOnLogin.Provider> providers() {
            return sso.providers();
        }
    }
}

package cl.circuito.identity.web;

import cl.circuito.identity.sso.SingleSignOnProviders;
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

    /** Where the login sends a refused or failed login. */
    @GetMapping(SingleSignOnProviders.REFUSED_URL)
    String refused(HttpSession session, Model model) {
        Object refusal = session.getAttribute(SingleSignOnProviders.REFUSAL);
        session.removeAttribute(SingleSignOnProviders.REFUSAL);
        model.addAttribute("refusal", refusal instanceof SingleSignOnProviders.Refusal known ? known
                : new SingleSignOnProviders.Refusal(null, null, false));
        return "sso-refused";
    }

    /** The providers' buttons, for the login page only. */
    @ControllerAdvice(assignableTypes = LoginController.class)
    static class LoginButtons {

        private final SingleSignOnProviders sso;

        LoginButtons(SingleSignOnProviders sso) {
            this.sso = sso;
        }

        @ModelAttribute("ssoProviders")
        List<SingleSignOnProviders.Provider> providers() {
            return sso.all();
        }
    }
}

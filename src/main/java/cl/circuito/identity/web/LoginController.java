package cl.circuito.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /**
     * Whatever failed — an unknown user, a wrong password, a locked or a disabled account — the page says the same,
     * so it never tells which usernames exist or which are locked (identity.SignInChecks).
     */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) != null) {
            model.addAttribute("loginError", "login.failed");
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        return "login";
    }
}

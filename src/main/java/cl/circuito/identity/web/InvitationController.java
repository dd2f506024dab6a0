package cl.circuito.identity.web;

import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.UserAdministration.InvitationLink;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The page an invitation e-mail links to, open without logging in: the user chooses their password, once. A link
 * that expired, was used or was replaced by a newer one says so and who can send another.
 */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

    private static final String PAGE = "account/invitation";

    private final UserAdministration users;
    private final Messages messages;

    InvitationController(UserAdministration users, Messages messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute(new NewPasswordForm());
        return show(token, model, response);
    }

    @PostMapping
    String choosePassword(@PathVariable String token, @Valid @ModelAttribute NewPasswordForm newPasswordForm,
                          BindingResult result, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
                && !newPasswordForm.confirmed()) {
            result.rejectValue("confirmPassword", "error.account.passwordsDiffer");
        }
        return FormSubmit.of(result, response).fieldNames(Map.of("password", "newPassword"))
                .redirect(redirect, "/login", () -> {
                    users.acceptInvitation(token, newPasswordForm.getNewPassword());
                    return messages.get("invitation.passwordChosen");
                }, () -> show(token, model, response));
    }

    private String show(String token, Model model, HttpServletResponse response) {
        InvitationLink link = users.invitation(token);
        model.addAttribute("link", link);
        model.addAttribute("token", token);
        if (link.state() != InvitationLink.State.VALID) {
            response.setStatus(link.state() == InvitationLink.State.UNKNOWN
                    ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        }
        return PAGE;
    }
}

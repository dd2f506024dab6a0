package cl.circuito.identity.twofactor.web;

import cl.circuito.identity.twofactor.PendingLogin;
import cl.circuito.identity.twofactor.TwoFactor;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * "Verificación en dos pasos" of Mi cuenta: enrol (scan the QR or type the secret, confirm with a first code, keep
 * the ten recovery codes shown once), new recovery codes, and turning it off where the role allows. A user held
 * here by her role ({@code PendingLogin.MUST_ENROL}) is let go once she has confirmed.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

    private static final String PAGE = "account/two-factor";
    private static final String CODES = "account/two-factor-recovery";

    private final TwoFactor twoFactor;
    private final CurrentActor currentActor;
    private final Messages messages;

    TwoFactorController(TwoFactor twoFactor, CurrentActor currentActor, Messages messages) {
        this.twoFactor = twoFactor;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping
    String page(@ModelAttribute TwoFactorCode twoFactorCode, Model model, HttpSession session) {
        return page(model, session, currentActor.get());
    }

    @PostMapping("/confirm")
    String confirm(@Valid @ModelAttribute TwoFactorCode twoFactorCode, BindingResult result, Model model,
                   HttpServletResponse response, HttpSession session) {
        Actor actor = currentActor.get();
        return FormSubmit.attempted(result, response, () -> twoFactor.confirm(actor.userId(), twoFactorCode.code()))
                .map(codes -> {
                    session.removeAttribute(PendingLogin.MUST_ENROL);
                    return codes(model, codes, "twofactor.enabled");
                })
                .orElseGet(() -> page(model, session, actor));
    }

    @PostMapping("/recovery-codes")
    String regenerate(@Valid @ModelAttribute TwoFactorCode twoFactorCode, BindingResult result, Model model,
                      HttpServletResponse response, HttpSession session) {
        Actor actor = currentActor.get();
        return FormSubmit.attempted(result, response,
                        () -> twoFactor.regenerateRecoveryCodes(actor.userId(), twoFactorCode.code()))
                .map(codes -> codes(model, codes, "twofactor.recovery.regenerated"))
                .orElseGet(() -> page(model, session, actor));
    }

    @PostMapping("/disable")
    String disable(@Valid @ModelAttribute TwoFactorCode twoFactorCode, BindingResult result, Model model,
                   HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        return FormSubmit.of(result, response).redirect(redirect, "/account/two-factor", () -> {
            twoFactor.disable(actor.userId(), actor.role(), twoFactorCode.code());
            return messages.get("twofactor.disabled");
        }, () -> page(model, session, actor));
    }

    private String page(Model model, HttpSession session, Actor actor) {
        TwoFactor.Status status = twoFactor.status(actor.userId());
        model.addAttribute("status", status);
        model.addAttribute("required", twoFactor.requiredFor(actor.role()));
        model.addAttribute("mustEnrol", session.getAttribute(PendingLogin.MUST_ENROL) != null);
        if (!status.enabled()) {
            model.addAttribute("setup", twoFactor.setup(actor.userId(), actor.username()));
        }
        return PAGE;
    }

    private static String codes(Model model, List<String> codes, String heading) {
        model.addAttribute("codes", codes);
        model.addAttribute("heading", heading);
        return CODES;
    }
}

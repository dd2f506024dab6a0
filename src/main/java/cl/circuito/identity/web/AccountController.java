package cl.circuito.identity.web;

import cl.circuito.identity.tokens.ApiToken;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.identity.tokens.ApiTokenManagement.CreatedToken;
import cl.circuito.identity.ScopeDescriptions;
import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.web.AccountInputs.NotificationPreferences;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * "Mi cuenta": who I am and where I may act, my password, my e-mail alerts and my personal API
 * tokens. Every user may use it, whatever their role: it only ever touches the actor's own account.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private static final String PAGE = "account/index";
    private static final String HOME = "redirect:/account";

    private final UserAdministration users;
    private final ApiTokenManagement tokens;
    private final ScopeDescriptions scopeDescriptions;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;

    AccountController(UserAdministration users, ApiTokenManagement tokens, ScopeDescriptions scopeDescriptions,
                      CurrentActor currentActor, Messages messages, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.scopeDescriptions = scopeDescriptions;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the tokens table, its times in Chile's time. */
    record TokenRow(UUID id, String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                    LocalDateTime revokedAt) {
    }

    @GetMapping
    String page(Model model) {
        return page(model, currentActor.get());
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute ChangePasswordForm changePasswordForm, BindingResult result,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
                && !changePasswordForm.confirmed()) {
            result.rejectValue("confirmPassword", "error.account.passwordsDiffer");
        }
        // identity names the new password "password"; this form calls it "newPassword".
        return refusedOnThePage(result, response).fieldNames(Map.of("password", "newPassword"))
                .redirect(redirect, "/account", () -> {
                    users.changeOwnPassword(actor, changePasswordForm.getCurrentPassword(),
                            changePasswordForm.getNewPassword());
                    return messages.get("account.password.changed");
                }, () -> page(model, actor));
    }

    @PostMapping("/alerts")
    String chooseAlerts(@Valid @ModelAttribute NotificationPreferences notificationPreferences, BindingResult result,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        return refusedOnThePage(result, response).redirect(redirect, "/account", () -> {
            boolean daily = notificationPreferences.dailyDigest();
            users.chooseEmailAlerts(actor, daily);
            return messages.get(daily ? "alerts.preference.on" : "alerts.preference.off");
        }, () -> page(model, actor));
    }

    /**
     * Shows the new token's secret on this response only: not a redirect, because a flash attribute
     * would keep the secret in the session store; and not cached by the browser.
     */
    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute TokenForm tokenForm, BindingResult result, Model model,
                       HttpServletResponse response) {
        Actor actor = currentActor.get();
        Optional<CreatedToken> token = refusedOnThePage(result, response)
                .attempt(() -> tokens.create(actor, tokenForm.getTokenName()));
        if (token.isEmpty()) {
            return page(model, actor);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("token", token.get());
        return "account/token-created";
    }

    @GetMapping("/tokens/{id}/revoke")
    String confirmRevoke(@PathVariable UUID id, Model model) {
        ApiToken token = tokens.of(currentActor.get()).stream()
                .filter(t -> t.id().equals(id) && t.revokedAt() == null)
                .findFirst()
                .orElseThrow(() -> new NotFound("apiToken"));
        model.addAttribute("token", row(token));
        return "account/token-revoke";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(currentActor.get(), id);
        redirect.addFlashAttribute("success", messages.get("account.tokens.revoked"));
        return HOME;
    }

    /** The account page answers a refused form with 200, as it always has, and shows it with its errors. */
    private static FormSubmit refusedOnThePage(BindingResult result, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.OK)
                .on(DomainException.class, (e, refusal) -> refusal.answering(HttpStatus.OK));
    }

    private String page(Model model, Actor actor) {
        User user = users.account(actor);
        if (!model.containsAttribute("changePasswordForm")) {
            model.addAttribute(new ChangePasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute(new TokenForm());
        }
        if (!model.containsAttribute("notificationPreferences")) {
            model.addAttribute(new NotificationPreferences(user.emailAlerts()));
        }
        model.addAttribute("account", user);
        model.addAttribute("scope", scopeDescriptions.of(List.of(user)).get(user.id()));
        model.addAttribute("tokens", tokens.of(actor).stream().map(this::row).toList());
        return PAGE;
    }

    private TokenRow row(ApiToken t) {
        return new TokenRow(t.id(), t.name(), t.prefix(), local(t.createdAt()), local(t.lastUsedAt()),
                local(t.revokedAt()));
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }
}

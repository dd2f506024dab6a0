package cl.circuito.admin;

import cl.circuito.identity.ScopeDescriptions;
import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.UserAdministration.UserCriteria;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private static final String FORM = "admin/user-form";
    private static final String PASSWORD_FORM = "admin/user-password";
    private static final String LIST = "redirect:/admin/users";

    private final UserAdministration users;
    private final ScopeDescriptions scopeDescriptions;
    private final NetworkAdministration network;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;

    UserController(UserAdministration users, ScopeDescriptions scopeDescriptions, NetworkAdministration network,
                   CurrentActor currentActor, Messages messages, Clock clock) {
        this.users = users;
        this.scopeDescriptions = scopeDescriptions;
        this.network = network;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the users table; the scope already in words, the last login in Chile's time. */
    record UserRow(UUID id, String fullName, String username, Role role, String scope, boolean enabled,
                   LocalDateTime lastLogin) {
    }

    /** One page of users by name: search by name, username or e-mail, filter by role and by enabled accounts. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
                HtmxRequest htmx, Model model) {
        Actor actor = currentActor.get();
        UserCriteria criteria = new UserCriteria(q, role, enabled);
        Page<User> found = AdminLists.page(page, pageable -> users.search(actor, criteria, pageable));
        Map<UUID, String> scopes = scopeDescriptions.of(found.getContent());
        model.addAttribute("rows", found.map(u -> new UserRow(u.id(), u.fullName(), u.username(), u.role(),
                scopes.get(u.id()), u.enabled(),
                u.lastLoginAt() == null ? null : LocalDateTime.ofInstant(u.lastLoginAt(), clock.getZone()))));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("roles", Role.values());
        model.addAttribute("filtered", criteria.filters());
        model.addAttribute("pageUrl", AdminLists.url("/admin/users", "q", q, "role", role, "enabled", enabled));
        return AdminLists.view(htmx, "admin/users", "users");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new NewUserForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") NewUserForm newUserForm, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Optional<User> saved = FormSubmit.attempted(result, response,
                () -> users.create(currentActor.get(), newUserForm.toDetails(), newUserForm.getPassword(),
                        newUserForm.getRut()));
        if (saved.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("success", messages.get("admin.user.created", saved.get().fullName(), saved.get().username()));
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        User user = users.get(currentActor.get(), id);
        model.addAttribute(UserForm.of(user));
        return form(model, user);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute UserForm userForm, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        User user = users.get(actor, id);
        Optional<User> saved = FormSubmit.attempted(result, response,
                () -> users.update(actor, id, userForm.toDetails(user.username()), userForm.isEnabled(),
                        userForm.getRut()));
        if (saved.isEmpty()) {
            return form(model, user);
        }
        redirect.addFlashAttribute("success", messages.get("admin.user.updated", saved.get().fullName()));
        return LIST;
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable UUID id, Model model) {
        model.addAttribute("user", users.get(currentActor.get(), id));
        model.addAttribute(new PasswordForm());
        return PASSWORD_FORM;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute PasswordForm passwordForm,
                         BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        User user = users.get(actor, id);
        model.addAttribute("user", user);
        if (!FormSubmit.tried(result, response,
                () -> users.resetPassword(actor, id, passwordForm.getPassword()))) {
            return PASSWORD_FORM;
        }
        redirect.addFlashAttribute("success", messages.get("admin.user.passwordReset", user.fullName()));
        return LIST;
    }

    /** E-mails the user a new link to choose their password (an invitation that expired, a forgotten password). */
    @PostMapping("/{id}/invitation")
    String resendInvitation(@PathVariable UUID id, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        User user = users.get(actor, id);
        users.resendInvitation(actor, id);
        redirect.addFlashAttribute("success", messages.get("admin.user.invitationSent", user.email()));
        return LIST;
    }

    /** The form's choices; {@code user} is null when creating. */
    private String form(Model model, User user) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", network.comunasByRegion());
        model.addAttribute("programs", network.programs(currentActor.get()));
        return FORM;
    }
}


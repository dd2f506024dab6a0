package cl.circuito.admin;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.ReferrerData;
import cl.circuito.network.NetworkAdministration.Versioned;
import cl.circuito.network.ReferrerKind;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

import java.util.Optional;
import java.util.UUID;

@Controller
@RequestMapping("/admin/referrers")
@PreAuthorize("hasRole('ADMIN')")
class ReferrerController {

    private static final String FORM = "admin/referrer-form";
    private static final String LIST = "redirect:/admin/referrers";

    private final NetworkAdministration network;
    private final CurrentActor currentActor;
    private final Messages messages;

    ReferrerController(NetworkAdministration network, CurrentActor currentActor, Messages messages) {
        this.network = network;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** One page of referrers by kind, then name: search by name, filter by kind. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ReferrerKind kind,
                @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("rows", AdminLists.page(page, pageable -> network.searchReferrers(actor, q, kind, pageable)));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ReferrerKind.values());
        model.addAttribute("filtered", (q != null && !q.isBlank()) || kind != null);
        model.addAttribute("pageUrl", AdminLists.url("/admin/referrers", "q", q, "kind", kind));
        return AdminLists.view(htmx, "admin/referrers", "referrers");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute(new ReferrerForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute ReferrerForm referrerForm, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Optional<ReferrerSummary> saved = FormSubmit.attempted(result, response,
                () -> network.createReferrer(currentActor.get(), referrerForm.toData()));
        if (saved.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("success", messages.get("admin.referrer.created", saved.get().name()));
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Versioned<ReferrerData> stored = network.referrer(currentActor.get(), id);
        model.addAttribute(ReferrerForm.of(stored.version(), stored.data()));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute ReferrerForm referrerForm, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<ReferrerSummary> saved = FormSubmit.attempted(result, response,
                () -> network.updateReferrer(currentActor.get(), id, referrerForm.getVersion(),
                        referrerForm.toData()));
        if (saved.isEmpty()) {
            return form(model, id);
        }
        redirect.addFlashAttribute("success", messages.get("admin.referrer.updated", saved.get().name()));
        return LIST;
    }

    private String form(Model model, UUID referrerId) {
        model.addAttribute("referrerId", referrerId);
        model.addAttribute("kinds", ReferrerKind.values());
        model.addAttribute("regions", network.comunasByRegion());
        return FORM;
    }
}

package cl.circuito.admin;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.InstitutionSummary;
import cl.circuito.network.NetworkAdministration.Versioned;
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
@RequestMapping("/admin/institutions")
@PreAuthorize("hasRole('ADMIN')")
class InstitutionController {

    private static final String FORM = "admin/institution-form";
    private static final String LIST = "redirect:/admin/institutions";

    private final NetworkAdministration network;
    private final CurrentActor currentActor;
    private final Messages messages;

    InstitutionController(NetworkAdministration network, CurrentActor currentActor, Messages messages) {
        this.network = network;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** One page of institutions by name, searched by name. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                HtmxRequest htmx, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("rows", AdminLists.page(page, pageable -> network.searchInstitutions(actor, q, pageable)));
        model.addAttribute("q", q);
        model.addAttribute("filtered", q != null && !q.isBlank());
        model.addAttribute("pageUrl", AdminLists.url("/admin/institutions", "q", q));
        return AdminLists.view(htmx, "admin/institutions", "institutions");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute(new InstitutionForm());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute InstitutionForm institutionForm, BindingResult result,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Optional<InstitutionSummary> saved = FormSubmit.attempted(result, response,
                () -> network.createInstitution(currentActor.get(), institutionForm.toData()));
        if (saved.isEmpty()) {
            return FORM;
        }
        redirect.addFlashAttribute("success", messages.get("admin.institution.created", saved.get().name()));
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Versioned<InstitutionData> institution = network.institution(currentActor.get(), id);
        model.addAttribute(InstitutionForm.of(institution.version(), institution.data()));
        model.addAttribute("institutionId", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute InstitutionForm institutionForm,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("institutionId", id);
        Optional<InstitutionSummary> saved = FormSubmit.attempted(result, response,
                () -> network.updateInstitution(currentActor.get(), id,
                        institutionForm.getVersion(), institutionForm.toData()));
        if (saved.isEmpty()) {
            return FORM;
        }
        redirect.addFlashAttribute("success", messages.get("admin.institution.updated", saved.get().name()));
        return LIST;
    }
}

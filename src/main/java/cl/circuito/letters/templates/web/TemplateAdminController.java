package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.InstitutionLetters;
import cl.circuito.letters.templates.TemplateAdministration;
import cl.circuito.letters.templates.TemplateKind;
import cl.circuito.letters.templates.TemplateView;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import cl.circuito.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The administrator's letter templates: the institutions, one institution's seven templates, and the editor
 * of one, with the fields its kind may use, a live preview filled with fictional values and a PDF preview on
 * the institution's letterhead. A refused text re-renders the editor with what was typed and the error next
 * to the field.
 */
@Controller
class TemplateAdminController {

    static final int PAGE_SIZE = 25;
    private static final String EDIT = "lettertemplates/edit";
    static final String FORM = "templateForm";

    private final CurrentActor currentActor;
    private final TemplateAdministration administration;
    private final Messages messages;

    TemplateAdminController(CurrentActor currentActor, TemplateAdministration administration, Messages messages) {
        this.currentActor = currentActor;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/letter-templates")
    String institutions(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                        HtmxRequest htmx, Model model) {
        Actor actor = currentActor.get();
        Page<InstitutionLetters> rows = administration.institutions(actor, q, Paging.of(page, PAGE_SIZE));
        if (rows.getNumber() > 0 && rows.getNumber() >= rows.getTotalPages()) {
            rows = administration.institutions(actor, q, Paging.of(rows.getTotalPages() - 1, PAGE_SIZE));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("q", q);
        model.addAttribute("filtered", q != null && !q.isBlank());
        model.addAttribute("pageUrl", q == null || q.isBlank() ? "/admin/letter-templates"
                : "/admin/letter-templates?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "lettertemplates/fragments :: institutions"
                : "lettertemplates/institutions";
    }

    @GetMapping("/admin/institutions/{institutionId}/letter-templates")
    String kinds(@PathVariable UUID institutionId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("templates", administration.templates(actor, institutionId));
        model.addAttribute("institutionId", institutionId);
        model.addAttribute("institutionName", administration.institutionName(actor, institutionId));
        return "lettertemplates/kinds";
    }

    @GetMapping("/admin/institutions/{institutionId}/letter-templates/{kind}")
    String edit(@PathVariable UUID institutionId, @PathVariable TemplateKind kind, Model model) {
        Actor actor = currentActor.get();
        TemplateView view = administration.template(actor, institutionId, kind);
        return editor(actor, institutionId, view, TemplateForms.TemplateForm.of(view), model);
    }

    @PostMapping("/admin/institutions/{institutionId}/letter-templates/{kind}")
    String save(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                @ModelAttribute(FORM) TemplateForms.TemplateForm form, BindingResult result, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        // A template changed meanwhile comes back with the text typed, rather than lose it to the error page.
        return FormSubmit.of(result, response).staleOnThePage()
                .redirect(redirect, "/admin/institutions/" + institutionId + "/letter-templates/" + kind.name(),
                        () -> {
                            administration.revise(actor, institutionId, kind, form.getVersion(), form.getSubject(),
                                    form.getSalutation(), form.getBody(), form.getClosing());
                            return messages.get("lettertemplates.saved",
                                    messages.get("letters.template." + kind.name()));
                        },
                        () -> editor(actor, institutionId, administration.template(actor, institutionId, kind), form,
                                model));
    }

    /** htmx asks for the preview fragment as the admin types; without JavaScript the button re-renders the page. */
    @PostMapping("/admin/institutions/{institutionId}/letter-templates/{kind}/preview")
    String preview(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                   @ModelAttribute(FORM) TemplateForms.TemplateForm form, BindingResult result, HtmxRequest htmx,
                   Model model) {
        Actor actor = currentActor.get();
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("preview", administration.preview(actor, institutionId, kind, form.getSubject(),
                    form.getSalutation(), form.getBody(), form.getClosing()));
            return "lettertemplates/fragments :: preview";
        }
        return editor(actor, institutionId, administration.template(actor, institutionId, kind), form, model);
    }

    @PostMapping("/admin/institutions/{institutionId}/letter-templates/{kind}/preview.pdf")
    ResponseEntity<byte[]> previewPdf(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                                      @ModelAttribute(FORM) TemplateForms.TemplateForm form) {
        byte[] pdf = administration.previewPdf(currentActor.get(), institutionId, kind, form.getSubject(),
                form.getSalutation(), form.getBody(), form.getClosing(), form.getPaper());
        return Downloads.inline(messages.get("lettertemplates.preview.fileName",
                messages.get("letters.template." + kind.name())), Downloads.PDF, pdf);
    }

    @PostMapping("/admin/institutions/{institutionId}/letter-templates/{kind}/restore")
    String restore(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        administration.restoreDefault(currentActor.get(), institutionId, kind, version);
        redirect.addFlashAttribute("success", messages.get("lettertemplates.restored",
                messages.get("letters.template." + kind.name())));
        return "redirect:/admin/institutions/" + institutionId + "/letter-templates/" + kind.name();
    }

    private String editor(Actor actor, UUID institutionId, TemplateView view, TemplateForms.TemplateForm form,
                          Model model) {
        model.addAttribute("view", view);
        model.addAttribute(FORM, form);
        model.addAttribute("institutionId", institutionId);
        model.addAttribute("institutionName", administration.institutionName(actor, institutionId));
        model.addAttribute("preview", administration.preview(actor, institutionId, view.kind(), form.getSubject(),
                form.getSalutation(), form.getBody(), form.getClosing()));
        model.addAttribute("papers", cl.circuito.shared.documents.PaperSize.values());
        return EDIT;
    }
}

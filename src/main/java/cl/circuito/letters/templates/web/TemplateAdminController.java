package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.InstitutionLetters;
import cl.circuito.letters.templates.TemplateAdministration;
import cl.circuito.letters.templates.TemplateKind;
import cl.circuito.letters.templates.TemplateView;
import cl.circuito.letters.templates.web.TemplateInputs.PreviewInput;
import cl.circuito.letters.templates.web.TemplateInputs.TemplateInput;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
        PreviewInput texts = PreviewInput.of(view);
        model.addAttribute(FORM, texts);
        return editor(actor, institutionId, view, view.version(), texts, model);
    }

    /** {@code paper}: the one chosen for the PDF preview, kept on the editor if the text is refused. */
    @PostMapping("/admin/institutions/{institutionId}/letter-templates/{kind}")
    String save(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                @Valid @ModelAttribute(FORM) TemplateInput input, BindingResult result,
                @RequestParam(required = false) PaperSize paper, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Actor actor = currentActor.get();
        // A template changed meanwhile comes back with the text typed, rather than lose it to the error page.
        return FormSubmit.of(result, response).staleOnThePage()
                .redirect(redirect, "/admin/institutions/" + institutionId + "/letter-templates/" + kind.name(),
                        () -> {
                            administration.revise(actor, institutionId, kind, input.version(), input.subject(),
                                    input.salutation(), input.body(), input.closing());
                            return messages.get("lettertemplates.saved",
                                    messages.get("letters.template." + kind.name()));
                        },
                        () -> editor(actor, institutionId, administration.template(actor, institutionId, kind),
                                result.getFieldValue("version"), PreviewInput.typed(result, paper), model));
    }

    /**
     * htmx asks for the preview fragment as the admin types; without JavaScript the button re-renders the page.
     * {@code version}: the one the editor read, kept for the save that follows.
     */
    @PostMapping("/admin/institutions/{institutionId}/letter-templates/{kind}/preview")
    String preview(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                   @Valid @ModelAttribute(FORM) PreviewInput input, BindingResult result,
                   @RequestParam(required = false) Long version, HtmxRequest htmx, Model model) {
        Actor actor = currentActor.get();
        PreviewInput texts = PreviewInput.typed(result, input == null ? null : input.paper());
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("preview", administration.preview(actor, institutionId, kind, texts.subject(),
                    texts.salutation(), texts.body(), texts.closing()));
            return "lettertemplates/fragments :: preview";
        }
        return editor(actor, institutionId, administration.template(actor, institutionId, kind), version, texts,
                model);
    }

    @PostMapping("/admin/institutions/{institutionId}/letter-templates/{kind}/preview.pdf")
    ResponseEntity<byte[]> previewPdf(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                                      @Valid @ModelAttribute(FORM) PreviewInput input) {
        byte[] pdf = administration.previewPdf(currentActor.get(), institutionId, kind, input.subject(),
                input.salutation(), input.body(), input.closing(), input.paper());
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

    /**
     * The editor: its texts are the form's ({@code templateForm}, either input); the version read and the paper chosen,
     * which only one of the two use cases takes, come from the model.
     */
    private String editor(Actor actor, UUID institutionId, TemplateView view, Object version, PreviewInput texts,
                          Model model) {
        model.addAttribute("view", view);
        model.addAttribute("version", version);
        model.addAttribute("paper", texts.paper() == null ? PaperSize.A4 : texts.paper());
        model.addAttribute("institutionId", institutionId);
        model.addAttribute("institutionName", administration.institutionName(actor, institutionId));
        model.addAttribute("preview", administration.preview(actor, institutionId, view.kind(), texts.subject(),
                texts.salutation(), texts.body(), texts.closing()));
        model.addAttribute("papers", PaperSize.values());
        return EDIT;
    }
}

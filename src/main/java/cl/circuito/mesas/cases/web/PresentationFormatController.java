package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.cases.CaseFormats;
import cl.circuito.mesas.cases.CaseRetentionSettings;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.cases.PresentationFormat;
import cl.circuito.mesas.cases.web.CaseInputs.CaseRetentionInput;
import cl.circuito.mesas.cases.web.CaseInputs.NewPresentationFormatInput;
import cl.circuito.mesas.cases.web.CaseInputs.PresentationFormatChoiceInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Mesa's case settings (linked from the cases tab): the presentation formats — the national one, its own, which
 * one is in use — and how long it keeps its closed cases. Co-facilitators create a local copy of the format, edit it
 * (labels, help, order, sections added or removed) and choose, and decide the years of keeping.
 */
@Controller
class PresentationFormatController {

    private static final String PAGE = "mesas/cases/format";

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final CaseFormats formats;
    private final CaseRetentionSettings retention;
    private final Messages messages;

    PresentationFormatController(CurrentActor currentActor, MesaHeaders headers, CaseFormats formats,
                                 CaseRetentionSettings retention, Messages messages) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.formats = formats;
        this.retention = retention;
        this.messages = messages;
    }

    @GetMapping("/mesas/{mesaId}/presentation-format")
    String show(@PathVariable UUID mesaId, @RequestParam(required = false) UUID edit, Model model) {
        return page(currentActor.get(), mesaId, edit, null, model);
    }

    @PostMapping("/mesas/{mesaId}/presentation-format/choose")
    String choose(@PathVariable UUID mesaId, @Valid @ModelAttribute("chooseForm") PresentationFormatChoiceInput input,
                  RedirectAttributes redirect) {
        // A button with the format and the version it was read at: a refusal is the page's error, as it always was.
        Actor actor = currentActor.get();
        formats.choose(actor, mesaId, input.formatId(), input.version());
        String name = formats.choice(actor, mesaId).chosen().name();
        redirect.addFlashAttribute("success", messages.get("mesacases.format.chosen", name));
        return "redirect:/mesas/" + mesaId + "/presentation-format";
    }

    @PostMapping("/mesas/{mesaId}/presentation-format/local")
    String create(@PathVariable UUID mesaId, @Valid @ModelAttribute("newFormatForm") NewPresentationFormatInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        Optional<PresentationFormat> format = FormSubmit.attempted(result, response,
                () -> formats.createLocal(actor, mesaId, input.name()));
        if (format.isEmpty()) {
            return page(actor, mesaId, null, null, model);
        }
        redirect.addFlashAttribute("success", messages.get("mesacases.format.created"));
        return "redirect:/mesas/" + mesaId + "/presentation-format?edit=" + format.get().id();
    }

    @PostMapping("/mesas/{mesaId}/presentation-format/{formatId}")
    String revise(@PathVariable UUID mesaId, @PathVariable UUID formatId,
                  @Valid @ModelAttribute("formatForm") CaseForms.FormatForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        List<Map.Entry<Integer, PresentationFormat.SectionDraft>> drafts =
                result.hasErrors() ? List.of() : form.drafts();
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).fieldNames(rows(drafts))
                .redirect(redirect, "/mesas/" + mesaId + "/presentation-format?edit=" + formatId, () -> {
                    formats.revise(actor, mesaId, formatId, form.getVersion(), form.getName(),
                            drafts.stream().map(Map.Entry::getValue).toList());
                    return messages.get("mesacases.format.saved");
                }, () -> page(actor, mesaId, formatId, form, model));
    }

    @PostMapping("/mesas/{mesaId}/presentation-format/retention")
    String decideRetention(@PathVariable UUID mesaId, @Valid @ModelAttribute("retentionForm") CaseRetentionInput input,
                           BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, "/mesas/" + mesaId + "/presentation-format", () -> {
                    retention.decide(actor, mesaId, input.keepYears(), input.version());
                    return input.keepYears() == null ? messages.get("mesacases.retention.savedUndecided")
                            : messages.get("mesacases.retention.saved", input.keepYears());
                }, () -> page(actor, mesaId, null, null, model));
    }

    /** The domain counts the kept sections; the form's rows include removed and blank ones. */
    private static Map<String, String> rows(List<Map.Entry<Integer, PresentationFormat.SectionDraft>> drafts) {
        Map<String, String> rows = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            int row = drafts.get(i).getKey();
            rows.put("sections[" + i + "].label", "sections[" + row + "].label");
            rows.put("sections[" + i + "].help", "sections[" + row + "].help");
        }
        rows.put("sections", "questionIndex");
        return rows;
    }

    private String page(Actor actor, UUID mesaId, UUID editId, CaseForms.FormatForm form, Model model) {
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        CaseFormats.Choice choice = formats.choice(actor, mesaId);
        model.addAttribute("choice", choice);
        if (!model.containsAttribute("newFormatForm")) {
            model.addAttribute("newFormatForm", NewPresentationFormatInput.blank());
        }
        CaseRetentionSettings.Decision kept = retention.of(actor, mesaId);
        model.addAttribute("retention", kept);
        if (!model.containsAttribute("retentionForm")) {
            model.addAttribute("retentionForm", CaseRetentionInput.of(kept));
        }
        if (editId != null && choice.standing().edits()) {
            PresentationFormat editing = choice.formats().stream().filter(f -> f.id().equals(editId) && !f.national())
                    .findFirst().orElse(null);
            if (editing != null) {
                model.addAttribute("editing", editing);
                model.addAttribute("formatForm", form != null ? form : CaseForms.FormatForm.of(editing));
            }
        }
        return PAGE;
    }
}

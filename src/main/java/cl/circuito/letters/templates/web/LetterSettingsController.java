package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.templates.LetterSettings;
import cl.circuito.letters.LetterSettingsView;
import cl.circuito.letters.ProgramLetterSettings;
import cl.circuito.letters.templates.web.TemplateInputs.SettingsInput;
import cl.circuito.shared.documents.PaperSize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** A program's letter settings, under its tabs and the letters' pills; its director changes them. */
@Controller
class LetterSettingsController {

    private static final String PAGE = "lettertemplates/settings";
    private static final String FORM = "settingsForm";

    private final CurrentActor currentActor;
    private final ProgramLetterSettings settings;
    private final Messages messages;

    LetterSettingsController(CurrentActor currentActor, ProgramLetterSettings settings, Messages messages) {
        this.currentActor = currentActor;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/letters/settings")
    String show(@PathVariable UUID programId, Model model) {
        Actor actor = currentActor.get();
        LetterSettingsView view = settings.settings(actor, programId);
        model.addAttribute(FORM, SettingsInput.of(view));
        return page(actor, view, model);
    }

    @PostMapping("/programs/{programId}/letters/settings")
    String change(@PathVariable UUID programId, @Valid @ModelAttribute(FORM) SettingsInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        // A threshold that is no number answers as the one out of range always did: 422, in the domain's words.
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, "/programs/" + programId + "/letters/settings", () -> {
                    settings.change(actor, programId, input.version(), input.paperSize(),
                            input.estimateThresholdDays(), input.batchMode(), input.city());
                    return messages.get("lettertemplates.settings.saved");
                },
                () -> page(actor, settings.settings(actor, programId), model));
    }

    private String page(Actor actor, LetterSettingsView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("canChange", settings.canChange(actor));
        model.addAttribute("papers", PaperSize.values());
        model.addAttribute("batchModes", BatchMode.values());
        model.addAttribute("maxThreshold", LetterSettings.MAX_THRESHOLD_DAYS);
        model.addAttribute("defaultThreshold", LetterSettings.DEFAULT_THRESHOLD_DAYS);
        return PAGE;
    }
}

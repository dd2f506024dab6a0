package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.priority.PriorityInstruments;
import cl.circuito.waitinglist.priority.PrioritySettingView;
import cl.circuito.waitinglist.priority.PrioritySettings;
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

/** A program's priority instrument and cut: the program's director or the administrator choose them. */
@Controller
class PrioritySettingsController {

    private static final String FORM = "prioritySettingForm";

    private final CurrentActor currentActor;
    private final PrioritySettings settings;
    private final PriorityInstruments instruments;
    private final Messages messages;

    PrioritySettingsController(CurrentActor currentActor, PrioritySettings settings, PriorityInstruments instruments,
                               Messages messages) {
        this.currentActor = currentActor;
        this.settings = settings;
        this.instruments = instruments;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/priority-settings")
    String show(@PathVariable UUID programId, Model model) {
        return page(programId, model);
    }

    @PostMapping("/programs/{programId}/priority-settings")
    String choose(@PathVariable UUID programId,
                  @Valid @ModelAttribute(FORM) PriorityInputs.PrioritySettingInput input, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, "/programs/" + programId + "/priority-settings", () -> {
                    PrioritySettingView saved = input.chooseOn(settings, currentActor.get(), programId);
                    return messages.get("priority.settings.saved", saved.instrument().label(), saved.cut());
                }, () -> page(programId, model));
    }

    /** The page, with the form as typed if it comes back refused, else with what the program applies now. */
    private String page(UUID programId, Model model) {
        Actor actor = currentActor.get();
        PrioritySettingView setting = settings.forProgram(actor, programId);
        model.addAttribute("setting", setting);
        model.addAttribute("instruments", instruments.list());
        model.addAttribute("canChoose", settings.canChoose(actor));
        model.addAttribute("showTabs", actor.can(Permission.READ_CHILD_RECORDS));
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, PriorityInputs.PrioritySettingInput.of(setting));
        }
        return "waitinglist/priority/priority-settings";
    }
}

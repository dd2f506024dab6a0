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
        return page(programId, model, null);
    }

    @PostMapping("/programs/{programId}/priority-settings")
    String choose(@PathVariable UUID programId, @Valid @ModelAttribute("prioritySettingForm") PriorityForms.SettingForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, "/programs/" + programId + "/priority-settings", () -> {
                    PrioritySettingView saved = settings.choose(currentActor.get(), programId, form.getVersion(),
                            form.getInstrumentId(), form.getCut());
                    return messages.get("priority.settings.saved", saved.instrument().label(), saved.cut());
                }, () -> page(programId, model, form));
    }

    private String page(UUID programId, Model model, PriorityForms.SettingForm typed) {
        Actor actor = currentActor.get();
        PrioritySettingView setting = settings.forProgram(actor, programId);
        model.addAttribute("setting", setting);
        model.addAttribute("instruments", instruments.list());
        model.addAttribute("canChoose", settings.canChoose(actor));
        model.addAttribute("showTabs", actor.can(Permission.READ_CHILD_RECORDS));
        if (typed == null) {
            PriorityForms.SettingForm form = new PriorityForms.SettingForm();
            form.setVersion(setting.version());
            form.setInstrumentId(setting.instrument().id());
            form.setCut(setting.cut());
            model.addAttribute("prioritySettingForm", form);
        }
        return "waitinglist/priority/priority-settings";
    }
}

package cl.circuito.waitinglist.targets.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.WaitTargets;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Espera objetivo de la red": the national team sets the wait every program aims at unless its director set her
 * own; anyone signed in may read it, as the lists measure against it.
 */
@Controller
class NationalTargetController {

    static final String PATH = "/settings/wait-target";
    private static final String FORM = "nationalTargetForm";

    private final CurrentActor currentActor;
    private final WaitTargets targets;
    private final Messages messages;

    NationalTargetController(CurrentActor currentActor, WaitTargets targets, Messages messages) {
        this.currentActor = currentActor;
        this.targets = targets;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String show(Model model) {
        return page(currentActor.get(), model);
    }

    @PostMapping(PATH)
    String set(@Valid @ModelAttribute(FORM) TargetInputs.NationalTargetInput input, BindingResult result, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        actor.require(Permission.SET_WAIT_TARGETS);
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, PATH, () -> messages.get("waittarget.national.saved",
                        input.setOn(targets, actor).businessDays()), () -> page(actor, model));
    }

    /** The page, with the form as typed if it comes back refused, else with the target as saved. */
    private String page(Actor actor, Model model) {
        WaitTargets.NationalTarget target = targets.national();
        model.addAttribute("target", target);
        model.addAttribute("edits", actor.can(Permission.SET_WAIT_TARGETS));
        model.addAttribute("min", WaitTargets.MIN_BUSINESS_DAYS);
        model.addAttribute("max", WaitTargets.MAX_BUSINESS_DAYS);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, TargetInputs.NationalTargetInput.of(target));
        }
        return "waitinglist/targets/national";
    }
}

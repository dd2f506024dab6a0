package cl.circuito.waitinglist.targets.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.WaitTargets;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

/**
 * A program's wait target, as a tab of its pages: the one that holds (its own or the network's), a form for the
 * director to set her own and a button to use the network's again.
 */
@Controller
class ProgramTargetController {

    private static final String FORM = "programTargetForm";
    private static final String INHERIT = "inheritForm";

    private final CurrentActor currentActor;
    private final WaitTargets targets;
    private final ProgramDirectory programs;
    private final Messages messages;

    ProgramTargetController(CurrentActor currentActor, WaitTargets targets, ProgramDirectory programs,
                            Messages messages) {
        this.currentActor = currentActor;
        this.targets = targets;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/wait-target")
    String show(@PathVariable UUID programId, Model model) {
        return page(currentActor.get(), programId, model);
    }

    /** The program's own target; the field is required here, as going back to the network's has its own button. */
    @PostMapping("/programs/{programId}/wait-target")
    String set(@PathVariable UUID programId, @Valid @ModelAttribute(FORM) TargetInputs.ProgramTargetInput input,
               BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        if (input.businessDays() == null && !result.hasFieldErrors("businessDays")) {
            result.rejectValue("businessDays", "NotNull",
                    new Object[]{new DefaultMessageSourceResolvable(new String[]{"businessDays"}, "businessDays")}, null);
        }
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, path(programId), () -> messages.get("waittarget.program.saved",
                        input.setOn(targets, actor, programId).effectiveBusinessDays()),
                        () -> page(actor, programId, model));
    }

    @PostMapping("/programs/{programId}/wait-target/inherit")
    String inherit(@PathVariable UUID programId, @ModelAttribute(INHERIT) TargetInputs.ProgramTargetInput input,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .redirect(redirect, path(programId), () -> messages.get("waittarget.program.inherited",
                        input.inheritOn(targets, actor, programId).effectiveBusinessDays()),
                        () -> page(actor, programId, model));
    }

    private static String path(UUID programId) {
        return "/programs/" + programId + "/wait-target";
    }

    private String page(Actor actor, UUID programId, Model model) {
        WaitTargets.ProgramTarget target = targets.ofProgram(actor, programId);
        model.addAttribute("program", programs.get(programId, actor.scope()));
        model.addAttribute("target", target);
        model.addAttribute("edits", actor.can(Permission.MANAGE_ADMISSIONS));
        model.addAttribute("showTabs", actor.can(Permission.READ_CHILD_RECORDS));
        model.addAttribute("min", WaitTargets.MIN_BUSINESS_DAYS);
        model.addAttribute("max", WaitTargets.MAX_BUSINESS_DAYS);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, TargetInputs.ProgramTargetInput.of(target));
        }
        if (!model.containsAttribute(INHERIT)) {
            model.addAttribute(INHERIT, new TargetInputs.ProgramTargetInput(null, target.version()));
        }
        return "waitinglist/targets/program";
    }
}

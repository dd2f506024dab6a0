package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.monitoring.Revalidations;
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

/** The re-validation schedule: read by everyone who monitors, changed by the national team. */
@Controller
class RevalidationScheduleController {

    private static final String FORM = "revalidationSchedule";
    private static final String URL = "/revalidation-schedule";

    private final CurrentActor currentActor;
    private final Revalidations revalidations;
    private final Messages messages;

    RevalidationScheduleController(CurrentActor currentActor, Revalidations revalidations, Messages messages) {
        this.currentActor = currentActor;
        this.revalidations = revalidations;
        this.messages = messages;
    }

    @GetMapping(URL)
    String show(Model model) {
        return page(model);
    }

    @PostMapping(URL)
    String change(@Valid @ModelAttribute(FORM) RevalidationScheduleInput input, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage()
                .redirect(redirect, URL, () -> {
                    input.applyOn(revalidations, currentActor.get());
                    return messages.get("revalidation.schedule.saved");
                }, () -> page(model));
    }

    private String page(Model model) {
        Actor actor = currentActor.get();
        Revalidations.Schedule schedule = revalidations.schedule();
        model.addAttribute("schedule", schedule);
        model.addAttribute("canChange", actor.can(Permission.SET_REVALIDATION_SCHEDULE));
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new RevalidationScheduleInput(schedule.schedule().setPointWeeks(),
                    schedule.schedule().repeatEveryWeeks(), schedule.schedule().version()));
        }
        return "waitinglist/monitoring/revalidation-schedule";
    }
}

package cl.circuito.mesas.plan.web;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.plan.MesaOutreach;
import cl.circuito.mesas.plan.web.PlanInputs.MesaActivityInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The outreach and training tab: the activities of a year; the co-facilitators record and correct them. */
@Controller
class MesaActivitiesController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final MesaOutreach outreach;
    private final MesaDirectory directory;
    private final Messages messages;
    private final Clock clock;

    MesaActivitiesController(CurrentActor currentActor, MesaHeaders headers, MesaOutreach outreach,
                             MesaDirectory directory, Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.outreach = outreach;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}/activities")
    String list(@PathVariable UUID mesaId, @RequestParam(required = false) Integer year, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        List<Integer> years = outreach.years(actor, mesaId);
        Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("activities", shown == null ? List.of() : outreach.activities(actor, mesaId, shown));
        return "mesas/plan/activities";
    }

    @GetMapping("/mesas/{mesaId}/activities/new")
    String newActivity(@PathVariable UUID mesaId, Model model) {
        MesaHeader header = editableHeader(mesaId);
        model.addAttribute("activityForm", MesaActivityInput.startingOn(LocalDate.now(clock)));
        return formPage(header, null, model);
    }

    @PostMapping("/mesas/{mesaId}/activities")
    String record(@PathVariable UUID mesaId, @Valid @ModelAttribute("activityForm") MesaActivityInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> outreach.record(actor, mesaId, input.details()))) {
            return saved(redirect, mesaId, input.heldOn());
        }
        return formPage(header, null, model);
    }

    @GetMapping("/mesas/{mesaId}/activities/{activityId}")
    String edit(@PathVariable UUID mesaId, @PathVariable UUID activityId, Model model) {
        MesaHeader header = editableHeader(mesaId);
        model.addAttribute("activityForm", MesaActivityInput.of(outreach.activity(currentActor.get(), mesaId,
                activityId)));
        return formPage(header, activityId, model);
    }

    @PostMapping("/mesas/{mesaId}/activities/{activityId}")
    String change(@PathVariable UUID mesaId, @PathVariable UUID activityId,
                  @Valid @ModelAttribute("activityForm") MesaActivityInput input, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> outreach.change(actor, mesaId, activityId, input.version(),
                input.details()))) {
            return saved(redirect, mesaId, input.heldOn());
        }
        return formPage(header, activityId, model);
    }

    private MesaHeader editableHeader(UUID mesaId) {
        MesaHeader header = headers.of(currentActor.get(), mesaId);
        header.standing().requireEdit();
        return header;
    }

    private String saved(RedirectAttributes redirect, UUID mesaId, LocalDate heldOn) {
        redirect.addFlashAttribute("success", messages.get("mesamembers.activity.saved"));
        return "redirect:/mesas/" + mesaId + "/activities?year=" + heldOn.getYear();
    }

    private String formPage(MesaHeader header, UUID activityId, Model model) {
        model.addAttribute("mesaHeader", header);
        model.addAttribute("activityId", activityId);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("members", directory.currentMembers(currentActor.get(), header.id()));
        return "mesas/plan/activity-form";
    }
}

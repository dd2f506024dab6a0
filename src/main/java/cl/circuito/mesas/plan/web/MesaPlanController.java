package cl.circuito.mesas.plan.web;

import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.plan.MesaPlanning;
import cl.circuito.mesas.plan.PlanActivityStatus;
import cl.circuito.mesas.plan.PlanPeriod;
import cl.circuito.mesas.plan.PlanView;
import cl.circuito.mesas.plan.web.PlanInputs.MesaPlanInput;
import cl.circuito.mesas.plan.web.PlanInputs.PlanActivityInput;
import cl.circuito.mesas.plan.web.PlanInputs.PlanObjectiveInput;
import cl.circuito.shared.NotFound;
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
import java.util.UUID;

/**
 * The plan tab: every plan with its objectives, activities and progress; the co-facilitators draw plans,
 * write objectives and record how each activity goes (one page per plan to edit, one per activity).
 */
@Controller
class MesaPlanController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final MesaPlanning planning;
    private final MesaDirectory directory;
    private final Messages messages;
    private final Clock clock;

    MesaPlanController(CurrentActor currentActor, MesaHeaders headers, MesaPlanning planning, MesaDirectory directory,
                       Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.planning = planning;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}/plan")
    String plans(@PathVariable UUID mesaId, Model model) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        model.addAttribute("mesaHeader", header);
        model.addAttribute("plans", planning.plans(actor, mesaId));
        if (header.standing().edits()) {
            model.addAttribute("planForm", MesaPlanInput.startingOn(LocalDate.now(clock)));
        }
        model.addAttribute("periods", PlanPeriod.values());
        return "mesas/plan/plan";
    }

    @PostMapping("/mesas/{mesaId}/plan")
    String draw(@PathVariable UUID mesaId, @Valid @ModelAttribute("planForm") MesaPlanInput input,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headers.of(actor, mesaId);
        header.standing().requireEdit();
        java.util.concurrent.atomic.AtomicReference<UUID> id = new java.util.concurrent.atomic.AtomicReference<>();
        if (FormSubmit.tried(result, response, () -> id.set(planning.draw(actor, mesaId, input.heading()).id()))) {
            redirect.addFlashAttribute("success", messages.get("mesamembers.plan.drawn"));
            return "redirect:/mesas/" + mesaId + "/plan/" + id.get();
        }
        model.addAttribute("mesaHeader", header);
        model.addAttribute("plans", planning.plans(actor, mesaId));
        model.addAttribute("periods", PlanPeriod.values());
        return "mesas/plan/plan";
    }

    @GetMapping("/mesas/{mesaId}/plan/{planId}")
    String edit(@PathVariable UUID mesaId, @PathVariable UUID planId, Model model) {
        return editPage(editableHeader(mesaId), planId, null, model);
    }

    @PostMapping("/mesas/{mesaId}/plan/{planId}")
    String retitle(@PathVariable UUID mesaId, @PathVariable UUID planId,
                   @Valid @ModelAttribute("planForm") MesaPlanInput input, BindingResult result, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> planning.retitle(actor, mesaId, planId, input.version(),
                input.heading()))) {
            return saved(redirect, mesaId, planId);
        }
        return editPage(header, planId, null, model);
    }

    @PostMapping("/mesas/{mesaId}/plan/{planId}/objectives")
    String addObjective(@PathVariable UUID mesaId, @PathVariable UUID planId,
                        @Valid @ModelAttribute("objectiveForm") PlanObjectiveInput input, BindingResult result,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> planning.addObjective(actor, mesaId, planId, input.version(),
                input.text()))) {
            return saved(redirect, mesaId, planId);
        }
        return editPage(header, planId, null, model);
    }

    @PostMapping("/mesas/{mesaId}/plan/{planId}/objectives/{objectiveId}")
    String rewriteObjective(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID objectiveId,
                            @RequestParam(required = false) String remove,
                            @Valid @ModelAttribute("editObjectiveForm") PlanObjectiveInput input, BindingResult result,
                            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        Runnable change = remove != null
                ? () -> planning.removeObjective(actor, mesaId, planId, input.version(), objectiveId)
                : () -> planning.rewriteObjective(actor, mesaId, planId, input.version(), objectiveId, input.text());
        if (FormSubmit.tried(result, response, change)) {
            return saved(redirect, mesaId, planId);
        }
        return editPage(header, planId, objectiveId, model);
    }

    @GetMapping("/mesas/{mesaId}/plan/{planId}/objectives/{objectiveId}/activities/new")
    String newActivity(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID objectiveId,
                       Model model) {
        MesaHeader header = editableHeader(mesaId);
        PlanView plan = planning.plan(currentActor.get(), mesaId, planId);
        model.addAttribute("activityForm", PlanActivityInput.of(plan.version()));
        return activityPage(header, plan, objective(plan, objectiveId), null, model);
    }

    @PostMapping("/mesas/{mesaId}/plan/{planId}/objectives/{objectiveId}/activities")
    String addActivity(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID objectiveId,
                       @Valid @ModelAttribute("activityForm") PlanActivityInput input, BindingResult result,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> planning.addActivity(actor, mesaId, planId, input.version(),
                objectiveId, input.details()))) {
            return saved(redirect, mesaId, planId);
        }
        PlanView plan = planning.plan(actor, mesaId, planId);
        return activityPage(header, plan, objective(plan, objectiveId), null, model);
    }

    @GetMapping("/mesas/{mesaId}/plan/{planId}/activities/{activityId}")
    String activity(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID activityId, Model model) {
        MesaHeader header = editableHeader(mesaId);
        PlanView plan = planning.plan(currentActor.get(), mesaId, planId);
        PlanView.Objective objective = objectiveOf(plan, activityId);
        PlanView.Activity activity = objective.activities().stream().filter(a -> a.id().equals(activityId))
                .findFirst().orElseThrow();
        model.addAttribute("activityForm", PlanActivityInput.of(plan.version(), activity));
        return activityPage(header, plan, objective, activityId, model);
    }

    @PostMapping("/mesas/{mesaId}/plan/{planId}/activities/{activityId}")
    String changeActivity(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID activityId,
                          @Valid @ModelAttribute("activityForm") PlanActivityInput input, BindingResult result,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> planning.changeActivity(actor, mesaId, planId, input.version(),
                activityId, input.details()))) {
            return saved(redirect, mesaId, planId);
        }
        PlanView plan = planning.plan(actor, mesaId, planId);
        return activityPage(header, plan, objectiveOf(plan, activityId), activityId, model);
    }

    private MesaHeader editableHeader(UUID mesaId) {
        MesaHeader header = headers.of(currentActor.get(), mesaId);
        header.standing().requireEdit();
        return header;
    }

    private String saved(RedirectAttributes redirect, UUID mesaId, UUID planId) {
        redirect.addFlashAttribute("success", messages.get("mesamembers.plan.saved"));
        return "redirect:/mesas/" + mesaId + "/plan/" + planId;
    }

    private static PlanView.Objective objective(PlanView plan, UUID objectiveId) {
        return plan.objectives().stream().filter(o -> o.id().equals(objectiveId)).findFirst()
                .orElseThrow(() -> new NotFound("mesaPlanItem"));
    }

    private static PlanView.Objective objectiveOf(PlanView plan, UUID activityId) {
        return plan.objectives().stream()
                .filter(o -> o.activities().stream().anyMatch(a -> a.id().equals(activityId))).findFirst()
                .orElseThrow(() -> new NotFound("mesaPlanItem"));
    }

    private String editPage(MesaHeader header, UUID planId, UUID failedObjective, Model model) {
        PlanView plan = planning.plan(currentActor.get(), header.id(), planId);
        model.addAttribute("mesaHeader", header);
        model.addAttribute("plan", plan);
        model.addAttribute("periods", PlanPeriod.values());
        model.addAttribute("failedObjective", failedObjective);
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", MesaPlanInput.of(plan));
        }
        if (!model.containsAttribute("objectiveForm")) {
            model.addAttribute("objectiveForm", PlanObjectiveInput.of(plan.version()));
        }
        if (!model.containsAttribute("editObjectiveForm")) {
            model.addAttribute("editObjectiveForm", PlanObjectiveInput.of(plan.version()));
        }
        return "mesas/plan/plan-edit";
    }

    private String activityPage(MesaHeader header, PlanView plan, PlanView.Objective objective, UUID activityId,
                                Model model) {
        model.addAttribute("mesaHeader", header);
        model.addAttribute("plan", plan);
        model.addAttribute("objective", objective);
        model.addAttribute("activityId", activityId);
        model.addAttribute("members", directory.currentMembers(currentActor.get(), header.id()));
        model.addAttribute("statuses", PlanActivityStatus.values());
        return "mesas/plan/plan-activity";
    }
}

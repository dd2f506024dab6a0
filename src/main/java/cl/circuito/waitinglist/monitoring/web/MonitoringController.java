package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.monitoring.MonitoringPlan;
import cl.circuito.waitinglist.monitoring.MonitoringPlanning;
import cl.circuito.waitinglist.monitoring.MonitoringQueries;
import cl.circuito.waitinglist.monitoring.MonitoringRows;
import cl.circuito.waitinglist.monitoring.Revalidations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A program's monitoring: the month's plan and its progress, the proposal when the month is not planned
 * yet, children never monitored; and the program's judicial actions.
 */
@Controller
class MonitoringController {

    static final int PAGE_SIZE = 25;
    /** The plan's forms (add a child, remove one), whose errors the page lists above the plan. */
    private static final String FORM = "monitoring";

    private final CurrentActor currentActor;
    private final MonitoringQueries queries;
    private final MonitoringPlanning planning;
    private final ProgramDirectory programs;
    private final Messages messages;
    private final Revalidations revalidations;
    private final Clock clock;

    MonitoringController(CurrentActor currentActor, MonitoringQueries queries, MonitoringPlanning planning,
                         ProgramDirectory programs, Revalidations revalidations, Messages messages, Clock clock) {
        this.revalidations = revalidations;
        this.currentActor = currentActor;
        this.queries = queries;
        this.planning = planning;
        this.programs = programs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programs/{programId}/monitoring")
    String month(@PathVariable UUID programId, @RequestParam(required = false) YearMonth month,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int neverPage,
                 @RequestParam(required = false) String add, @RequestParam(required = false) Integer setPoint,
                 Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("revalidations", revalidations.due(currentActor.get(), programId, shown, setPoint));
        return page(programId, shown, Math.max(0, page), Math.max(0, neverPage), add, model);
    }

    @PostMapping("/programs/{programId}/monitoring/{month}/plan")
    String plan(@PathVariable UUID programId, @PathVariable YearMonth month, RedirectAttributes redirect) {
        MonitoringPlan plan = planning.plan(currentActor.get(), programId, month);
        redirect.addFlashAttribute("success", messages.get("monitoring.saved.planned",
                plan.items().size(), ChileanDates.month(month)));
        return redirectTo(programId, month);
    }

    @PostMapping("/programs/{programId}/monitoring/{month}/items")
    String add(@PathVariable UUID programId, @PathVariable YearMonth month,
               @Valid @ModelAttribute(FORM) MonitoringInputs.MonitoringPlanItemInput input, BindingResult result,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return handle(programId, month, result, model, redirect, response, () -> {
            planning.add(currentActor.get(), programId, month, input.entryId());
            return messages.get("monitoring.saved.added");
        });
    }

    @PostMapping("/programs/{programId}/monitoring/{month}/items/removal")
    String remove(@PathVariable UUID programId, @PathVariable YearMonth month,
                  @Valid @ModelAttribute(FORM) MonitoringInputs.MonitoringPlanRemovalInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return handle(programId, month, result, model, redirect, response, () -> {
            planning.remove(currentActor.get(), programId, month, input.entryId(), input.version(), input.reason());
            return messages.get("monitoring.saved.removed");
        });
    }

    @GetMapping("/programs/{programId}/judicial-actions")
    String judicialActions(@PathVariable UUID programId, @RequestParam(defaultValue = "false") boolean all,
                           @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = currentActor.get();
        Page<MonitoringRows.JudicialActionRow> rows = queries.judicialActions(actor, programId, !all, Math.max(0, page),
                PAGE_SIZE);
        model.addAttribute("program", programs.get(programId, actor.scope()));
        model.addAttribute("rows", rows);
        model.addAttribute("all", all);
        model.addAttribute("pageUrl", "/programs/" + programId + "/judicial-actions?all=" + all);
        return "waitinglist/monitoring/judicial-actions";
    }

    private String handle(UUID programId, YearMonth month, BindingResult result, Model model,
                          RedirectAttributes redirect, HttpServletResponse response, Supplier<String> useCase) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage()
                .redirect(redirect, url(programId, month), useCase, () -> page(programId, month, 0, 0, null, model));
    }

    /** The month's page; {@code add}: what the director typed to find a child to add to the plan. */
    private String page(UUID programId, YearMonth month, int page, int neverPage, String add, Model model) {
        Actor actor = currentActor.get();
        if (!model.containsAttribute("revalidations")) {
            model.addAttribute("revalidations", revalidations.due(actor, programId, month, null));
        }
        MonitoringQueries.MonitoringMonth view = queries.month(actor, programId, month, page, neverPage, PAGE_SIZE,
                add);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("view", view);
        model.addAttribute("program", view.program());
        model.addAttribute("monthName", ChileanDates.month(month));
        model.addAttribute("previousMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("today", today);
        model.addAttribute("canPlan", actor.can(Permission.PLAN_MONITORING) && view.editable());
        model.addAttribute("canMonitor", actor.can(Permission.RECORD_MONITORING));
        model.addAttribute("pageUrl", "/programs/" + programId + "/monitoring?month=" + month + "&neverPage=" + neverPage);
        model.addAttribute("neverPageUrl", "/programs/" + programId + "/monitoring?month=" + month + "&page=" + page);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new MonitoringInputs.MonitoringPlanItemInput(null));
        }
        return "waitinglist/monitoring/monitoring";
    }

    private static String redirectTo(UUID programId, YearMonth month) {
        return "redirect:" + url(programId, month);
    }

    private static String url(UUID programId, YearMonth month) {
        return "/programs/" + programId + "/monitoring?month=" + month;
    }
}

package cl.circuito.waitinglist.admission.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.admission.AdmissionPlan;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.AdmissionQueries;
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

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The monthly admission page ("Ingresos"): the free places with their arithmetic, Circuito's proposal for the
 * month (the top of the ranking), the director's confirmation, and the children already scheduled.
 */
@Controller
class AdmissionController {

    static final String PLAN = "admissionPlan";

    private final CurrentActor currentActor;
    private final AdmissionQueries queries;
    private final AdmissionPlanning planning;
    private final Messages messages;
    private final Clock clock;

    AdmissionController(CurrentActor currentActor, AdmissionQueries queries, AdmissionPlanning planning,
                        Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.queries = queries;
        this.planning = planning;
        this.messages = messages;
        this.clock = clock;
    }

    static final int BEYOND_PROPOSAL = 20;

    @GetMapping("/programs/{programId}/admissions")
    String page(@PathVariable UUID programId, @RequestParam(required = false) YearMonth month,
                @RequestParam(defaultValue = "false") boolean all, Model model) {
        YearMonth chosenMonth = month == null ? YearMonth.now(clock).plusMonths(1) : month;
        AdmissionQueries.AdmissionOverview overview = all ? queries.overview(currentActor.get(), programId, chosenMonth)
                : queries.overview(currentActor.get(), programId, chosenMonth, BEYOND_PROPOSAL);
        AdmissionInputs.AdmissionPlanInput input = AdmissionInputs.AdmissionPlanInput.proposing(chosenMonth,
                overview.proposal().stream().map(AdmissionQueries.Candidate::entryId).toList());
        model.addAttribute(PLAN, input);
        return show(overview, input, all, model);
    }

    @PostMapping("/programs/{programId}/admissions")
    String confirm(@PathVariable UUID programId,
                   @Valid @ModelAttribute(PLAN) AdmissionInputs.AdmissionPlanInput input, BindingResult result,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage()
                .redirect(redirect, "/programs/" + programId + "/admissions", () -> {
                    AdmissionPlan plan = input.confirmOn(planning, actor, programId);
                    return messages.get("admission.plan.saved", input.chosen().size(), MonthNames.of(plan.month()));
                }, () -> {
                    YearMonth month = input.month() == null ? YearMonth.now(clock).plusMonths(1) : input.month();
                    return show(queries.overview(actor, programId, month), input, false, model);
                });
    }

    /**
     * A long list is not sent whole: the proposal and the next {@value #BEYOND_PROPOSAL} of the ranking (and
     * whoever the form already chose), with a link to the whole ranking.
     */
    private String show(AdmissionQueries.AdmissionOverview overview, AdmissionInputs.AdmissionPlanInput input,
                        boolean all, Model model) {
        Actor actor = currentActor.get();
        int upToRank = Math.max(overview.places().free(), 0) + BEYOND_PROPOSAL;
        List<AdmissionQueries.Candidate> shown = all ? overview.candidates() : overview.candidates().stream()
                .filter(c -> c.rank() <= upToRank || input.chose(c.entryId()))
                .toList();
        model.addAttribute("shown", shown);
        model.addAttribute("hiddenCount", overview.waiting() - shown.size());
        YearMonth current = YearMonth.now(clock);
        model.addAttribute("overview", overview);
        model.addAttribute("program", overview.program());
        model.addAttribute("months", List.of(current.plusMonths(1), current, current.plusMonths(2)));
        model.addAttribute("monthNames", new MonthNames());
        model.addAttribute("canPlan", actor.can(Permission.MANAGE_ADMISSIONS));
        return "waitinglist/admission/admissions";
    }
}

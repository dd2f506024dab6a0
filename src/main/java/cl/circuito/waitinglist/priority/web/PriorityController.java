package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.WaitingListQueries;
import cl.circuito.waitinglist.priority.AssessmentView;
import cl.circuito.waitinglist.priority.InstrumentView;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import cl.circuito.waitinglist.priority.PriorityRuleViolation;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The priority guide on an entry: apply or re-apply it, override its result with a reason, its history
 * and the print view laid out like the paper guide (I-SGC-01, annex 1).
 */
@Controller
class PriorityController {

    private static final String FORM = "waitinglist/priority/priority-form";
    private static final String OVERRIDE = "waitinglist/priority/priority-override";
    private static final String ASSESSMENT = "priorityForm";
    /** The descriptors the form comes back asking to mark. */
    private static final String UNANSWERED = "unanswered";

    private final CurrentActor currentActor;
    private final PriorityAssessments assessments;
    private final WaitingListQueries queries;
    private final Messages messages;
    private final Clock clock;

    PriorityController(CurrentActor currentActor, PriorityAssessments assessments, WaitingListQueries queries,
                       Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.assessments = assessments;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/entries/{entryId}/priority/new")
    String form(@PathVariable UUID entryId, Model model) {
        return formPage(entryId, model, null);
    }

    @PostMapping("/entries/{entryId}/priority")
    String assess(@PathVariable UUID entryId,
                  @Valid @ModelAttribute(ASSESSMENT) PriorityInputs.PriorityAssessmentInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .on(PriorityRuleViolation.class, (e, refusal) -> {
                    // Items left unanswered: said at the top, and each item marked where it is answered.
                    if (!e.unansweredItems().isEmpty()) {
                        refusal.onWholeForm();
                        model.addAttribute(UNANSWERED, e.unansweredItems());
                    }
                })
                .redirect(redirect, "/entries/" + entryId, () -> {
                    AssessmentView saved = input.recordOn(assessments, currentActor.get(), entryId);
                    return messages.get("priority.saved", saved.finalPriority(), saved.score(), saved.itemCount(),
                            saved.noDataCount());
                }, () -> formPage(entryId, model, input));
    }

    @GetMapping("/entries/{entryId}/priority/override")
    String overrideForm(@PathVariable UUID entryId, Model model) {
        return overridePage(entryId, model, null);
    }

    @PostMapping("/entries/{entryId}/priority/override")
    String override(@PathVariable UUID entryId,
                    @Valid @ModelAttribute("priorityOverrideForm") PriorityForms.OverrideForm form,
                    BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .fieldNames(Map.of("priority", "choice"))
                .redirect(redirect, "/entries/" + entryId, () -> {
                    AssessmentView saved = assessments.override(currentActor.get(), entryId, form.getVersion(),
                            form.priority(), form.getReason());
                    return saved.overridden() ? messages.get("priority.override.saved", saved.finalPriority())
                            : messages.get("priority.override.removed", saved.finalPriority());
                }, () -> overridePage(entryId, model, form));
    }

    @GetMapping("/entries/{entryId}/priority/history")
    String history(@PathVariable UUID entryId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("view", queries.entry(actor, entryId));
        model.addAttribute("assessments", assessments.history(actor, entryId));
        return "waitinglist/priority/priority-history";
    }

    @GetMapping("/entries/{entryId}/priority/{assessmentId}/print")
    String print(@PathVariable UUID entryId, @PathVariable UUID assessmentId, Model model) {
        model.addAttribute("print", assessments.print(currentActor.get(), entryId, assessmentId));
        return "waitinglist/priority/priority-print";
    }

    /**
     * The guide's page, with the marks to show: as sent when the form comes back (none that could be read leaves
     * every descriptor to mark), else the current marks when they were given on the same instrument version, since
     * a re-assessment usually changes a few descriptors as background arrives.
     */
    private String formPage(UUID entryId, Model model, PriorityInputs.PriorityAssessmentInput typed) {
        Actor actor = currentActor.get();
        PriorityAssessments.Preparation preparation = assessments.prepare(actor, entryId);
        model.addAttribute("view", queries.entry(actor, entryId));
        model.addAttribute("prep", preparation);
        model.addAttribute("today", LocalDate.now(clock));
        Map<Integer, PriorityAnswer> marks = new HashMap<>();
        if (typed == null) {
            AssessmentView current = preparation.current();
            if (current != null && current.instrumentId().equals(preparation.instrument().id())) {
                current.groups().forEach(g -> g.items().forEach(i -> marks.put(i.number(), i.answer())));
            }
            model.addAttribute(ASSESSMENT, PriorityInputs.PriorityAssessmentInput.startingOn(LocalDate.now(clock),
                    preparation.entryVersion(), marks));
        } else if (typed.answers() != null) {
            marks.putAll(typed.answers());
        } else {
            model.addAttribute(UNANSWERED, preparation.instrument().groups().stream()
                    .flatMap(g -> g.items().stream()).map(InstrumentView.Item::number).toList());
        }
        model.addAttribute("marks", marks);
        if (!model.containsAttribute(UNANSWERED)) {
            model.addAttribute(UNANSWERED, List.of());
        }
        return FORM;
    }

    private String overridePage(UUID entryId, Model model, PriorityForms.OverrideForm typed) {
        Actor actor = currentActor.get();
        PriorityAssessments.Preparation preparation = assessments.prepare(actor, entryId);
        if (preparation.current() == null) {
            return "redirect:/entries/" + entryId + "/priority/new";
        }
        model.addAttribute("view", queries.entry(actor, entryId));
        model.addAttribute("current", preparation.current());
        if (typed == null) {
            PriorityForms.OverrideForm form = new PriorityForms.OverrideForm();
            form.setVersion(preparation.entryVersion());
            model.addAttribute("priorityOverrideForm", form);
        }
        return OVERRIDE;
    }
}

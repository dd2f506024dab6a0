package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseQueries;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.cases.CaseViews;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
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

import java.util.UUID;

/** A session's case reviews (pill "reviews"), and presenting a case there: new, or a follow-up. */
@Controller
class CaseReviewsController {

    private static final String PAGE = "mesas/cases/session";
    private static final String FORM = "reviewForm";

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final CaseQueries queries;
    private final CaseReviewing reviewing;
    private final Messages messages;

    CaseReviewsController(CurrentActor currentActor, MesaHeaders headers, CaseQueries queries, CaseReviewing reviewing,
                          Messages messages) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.queries = queries;
        this.reviewing = reviewing;
        this.messages = messages;
    }

    @GetMapping("/mesas/{mesaId}/sessions/{sessionId}/case-reviews")
    String show(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                @RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID presentingMemberId,
                @RequestParam(required = false) CaseCriterion criterion, Model model) {
        CaseForms.ReviewForm form = CaseForms.ReviewForm.blank();
        // The candidate's criterion (circuit: a return within 12 months, the same court case), which the presenter
        // may change.
        if (criterion != null) {
            form.setCriterion(criterion);
        }
        // Preselected from "Presentar a la Mesa" (circuit: children in several programs); the present use case
        // still checks that this member may present this child.
        form.setChildId(childId);
        form.setPresentingMemberId(presentingMemberId);
        model.addAttribute(FORM, form);
        return page(currentActor.get(), mesaId, sessionId, model);
    }

    @PostMapping("/mesas/{mesaId}/sessions/{sessionId}/case-reviews")
    String present(@PathVariable UUID mesaId, @PathVariable UUID sessionId,
                   @Valid @ModelAttribute(FORM) CaseForms.ReviewForm form, BindingResult result, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        Integer age = age(form, result);
        boolean presented = FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).run(() -> {
            CaseReviewing.CaseDraft newCase = form.getCaseId() != null ? null : new CaseReviewing.CaseDraft(
                    form.getPresentingMemberId(), form.getChildId(), form.getInitials(), age, form.getSex());
            reviewing.present(actor, mesaId, sessionId, new CaseReviewing.ReviewDraft(form.getCaseId(), newCase,
                    form.getCriterion(), form.answersById(), form.getDiscussion(), form.strategyDrafts()));
        });
        if (presented) {
            redirect.addFlashAttribute("success", messages.get("mesacases.session.saved"));
            return "redirect:/mesas/" + mesaId + "/sessions/" + sessionId + "/case-reviews";
        }
        form.padStrategies();
        return page(actor, mesaId, sessionId, model);
    }

    /** The age as typed: a whole number, or an error on the field with what was typed kept. */
    private static Integer age(CaseForms.ReviewForm form, BindingResult result) {
        if (form.getAge() == null || form.getAge().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(form.getAge().strip());
        } catch (NumberFormatException e) {
            result.rejectValue("age", "mesacases.error.age");
            return null;
        }
    }

    private String page(Actor actor, UUID mesaId, UUID sessionId, Model model) {
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        CaseViews.SessionReviews reviews = queries.ofSession(actor, mesaId, sessionId);
        model.addAttribute("reviews", reviews);
        if (reviews.content() && reviews.reviewable()) {
            CaseViews.PresentationOptions options = queries.options(actor, mesaId);
            if (!options.presenters().isEmpty()) {
                model.addAttribute("options", options);
            }
        }
        model.addAttribute("criteria", CaseCriterion.values());
        model.addAttribute("sexes", CaseSex.values());
        return PAGE;
    }
}

package cl.circuito.letters.register.web;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.register.LetterRetention;
import cl.circuito.letters.register.web.RegisterInputs.DisposalInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Retention of a program's letters: those past their five years, the disposal form (letters and a reason),
 * a confirmation step that shows exactly what will be erased, then the act; below, the history of disposals.
 */
@Controller
class LetterRetentionController {

    static final String FORM = "retentionForm";
    static final int PAGE_SIZE = 100;
    static final int HISTORY_SIZE = 25;

    private final CurrentActor currentActor;
    private final LetterRetention retention;
    private final Messages messages;

    LetterRetentionController(CurrentActor currentActor, LetterRetention retention, Messages messages) {
        this.currentActor = currentActor;
        this.retention = retention;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/letters/retention")
    String retention(@PathVariable UUID programId, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "0") int hpage, Model model) {
        model.addAttribute(FORM, DisposalInput.none());
        return show(currentActor.get(), programId, page, hpage, model);
    }

    /** The confirmation step: nothing changes yet; the same checks as the act, so a mistake shows here. */
    @PostMapping("/programs/{programId}/letters/retention/review")
    String review(@PathVariable UUID programId, @Valid @ModelAttribute(FORM) DisposalInput input,
                  BindingResult result, Model model, HttpServletResponse response) {
        Actor actor = currentActor.get();
        Optional<LetterRetention.Review> review = run(result, response)
                .attempt(() -> retention.review(actor, programId, input.letterIds(), input.reason()));
        if (review.isEmpty()) {
            return show(actor, programId, 0, 0, model);
        }
        model.addAttribute("review", review.get());
        model.addAttribute("program", review.get().program());
        return "letters/retention-confirm";
    }

    @PostMapping("/programs/{programId}/letters/disposals")
    String dispose(@PathVariable UUID programId, @Valid @ModelAttribute(FORM) DisposalInput input,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        Optional<List<Letter>> disposed = run(result, response)
                .attempt(() -> retention.dispose(actor, programId, input.letterIds(), input.reason()));
        if (disposed.isEmpty()) {
            return show(actor, programId, 0, 0, model);
        }
        redirect.addFlashAttribute("success", messages.get("letterregister.disposed", disposed.get().size(),
                String.join(", ", disposed.get().stream().map(Letter::numberLabel).toList())));
        return "redirect:/programs/" + programId + "/letters/retention";
    }

    /** The list is read again to show a refusal, so a letter someone changed meanwhile is said there. */
    private static FormSubmit run(BindingResult result, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage();
    }

    private String show(Actor actor, UUID programId, int page, int historyPage, Model model) {
        LetterRetention.RetentionView view = retention.overview(actor, programId, Math.max(0, page), PAGE_SIZE,
                Math.max(0, historyPage), HISTORY_SIZE);
        model.addAttribute("view", view);
        model.addAttribute("program", view.program());
        model.addAttribute("upcomingDays", LetterRetention.UPCOMING_DAYS);
        model.addAttribute("canDispose", actor.can(Permission.MANAGE_LETTERS));
        model.addAttribute("pageUrl", "/programs/" + programId + "/letters/retention?hpage=" + Math.max(0, historyPage));
        return "letters/retention";
    }
}

package cl.circuito.letters.drafting.web;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterQueries;
import cl.circuito.letters.drafting.MonthlyBatch;
import cl.circuito.letters.drafting.web.LetterInputs.BatchInput;
import cl.circuito.network.ProgramDirectory;
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
 * The monthly batch: the pending estimated-date drafts grouped by addressee, issued in one step; then the
 * issued letters, each with its PDF.
 */
@Controller
class BatchController {

    static final String FORM = "batchForm";

    private final CurrentActor currentActor;
    private final MonthlyBatch batch;
    private final LetterQueries queries;
    private final ProgramDirectory programs;
    private final Messages messages;

    BatchController(CurrentActor currentActor, MonthlyBatch batch, LetterQueries queries,
                    ProgramDirectory programs, Messages messages) {
        this.currentActor = currentActor;
        this.batch = batch;
        this.queries = queries;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/letters/batch")
    String overview(@PathVariable UUID programId, Model model) {
        return render(programId, model);
    }

    @PostMapping("/programs/{programId}/letters/batch")
    String issue(@PathVariable UUID programId, @Valid @ModelAttribute(FORM) BatchInput input, BindingResult result,
                 @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        LetterPage.confirmation(confirmed, result, model);
        Optional<List<Letter>> issued = FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .staleOnThePage()
                .attempt(() -> batch.issue(currentActor.get(), programId, input.mode(), input.letterIds()));
        if (issued.isEmpty()) {
            return render(programId, model);
        }
        List<Letter> letters = issued.get();
        redirect.addFlashAttribute("success", messages.get("letters.batch.saved", letters.size()));
        return "redirect:/programs/" + programId + "/letters/batch/done?year=" + letters.get(0).year()
                + "&from=" + letters.stream().mapToInt(Letter::number).min().orElseThrow()
                + "&to=" + letters.stream().mapToInt(Letter::number).max().orElseThrow();
    }

    @GetMapping("/programs/{programId}/letters/batch/done")
    String done(@PathVariable UUID programId, @RequestParam int year, @RequestParam int from, @RequestParam int to,
                Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("program", programs.get(programId, actor.scope()));
        model.addAttribute("issued", queries.issuedRange(actor, programId, year, from, to));
        return "letters/batch-done";
    }

    private String render(UUID programId, Model model) {
        Actor actor = currentActor.get();
        MonthlyBatch.Overview overview = batch.overview(actor, programId);
        model.addAttribute("overview", overview);
        model.addAttribute("program", overview.program());
        model.addAttribute("canManage", actor.can(Permission.MANAGE_LETTERS));
        model.addAttribute("modes", BatchMode.values());
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, BatchInput.in(overview.defaultMode()));
        }
        return "letters/batch";
    }
}

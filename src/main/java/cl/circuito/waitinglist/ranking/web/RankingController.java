package cl.circuito.waitinglist.ranking.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormErrors;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.ranking.ProgramRankings;
import cl.circuito.waitinglist.ranking.RankingPlacements;
import cl.circuito.waitinglist.ranking.RankingRow;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The program's ranking (prelación) page: every waiting child in order with why it stands there, and
 * for the director a move or the removal of a manual place on each row. A form with an error re-renders
 * the same page with the row's form open, what the user typed and the error next to its field.
 */
@Controller
class RankingController {

    static final int PAGE_SIZE = 50;

    private final CurrentActor currentActor;
    private final ProgramDirectory programs;
    private final ProgramRankings rankings;
    private final RankingPlacements placements;
    private final Messages messages;
    private final Clock clock;

    RankingController(CurrentActor currentActor, ProgramDirectory programs, ProgramRankings rankings,
                      RankingPlacements placements, Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.programs = programs;
        this.rankings = rankings;
        this.placements = placements;
        this.messages = messages;
        this.clock = clock;
    }

    /** What failed in a row's form, to show it on that row only. */
    record RowFailure(UUID entryId, String action, String position, String reason, Map<String, String> fieldErrors,
                      List<String> globalErrors) {
    }

    @GetMapping("/programs/{programId}/ranking")
    String ranking(@PathVariable UUID programId, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(programId, Math.max(0, page), model);
    }

    @PostMapping("/entries/{entryId}/ranking-placement")
    String move(@PathVariable UUID entryId, @Valid @ModelAttribute("ranking") RankingForm form, BindingResult result,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return handle(entryId, "move", form, result, model, redirect, response, actor -> {
            placements.place(actor, entryId, form.getVersion(), form.getPosition(), form.getReason());
            return messages.get("ranking.moved", form.getPosition());
        });
    }

    @PostMapping("/entries/{entryId}/ranking-placement/clear")
    String clear(@PathVariable UUID entryId, @Valid @ModelAttribute("ranking") RankingForm form, BindingResult result,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return handle(entryId, "clear", form, result, model, redirect, response, actor -> {
            placements.clear(actor, entryId, form.getVersion(), form.getReason());
            return messages.get("ranking.clearedMessage");
        });
    }

    private String handle(UUID entryId, String action, RankingForm form, BindingResult result, Model model,
                          RedirectAttributes redirect, HttpServletResponse response,
                          Function<Actor, String> useCase) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("success", useCase.apply(currentActor.get()));
                return form.getProgramId() == null ? "redirect:/entries/" + entryId
                        : "redirect:/programs/" + form.getProgramId() + "/ranking?page=" + form.getPage();
            } catch (DomainException e) {
                if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                    throw e;
                }
                status = e.status();
                FormErrors.reject(result, e);
            }
        }
        if (form.getProgramId() == null) {
            // Without the program the page cannot be shown again: the errors go to the entry page instead.
            redirect.addFlashAttribute("error", describe(result).values().stream().findFirst()
                    .orElse(messages.get("form.hasErrors")));
            return "redirect:/entries/" + entryId;
        }
        Map<String, String> fieldErrors = describe(result);
        List<String> globalErrors = result.getGlobalErrors().stream().map(messages::get).toList();
        Object typedPosition = result.getFieldValue("position");
        model.addAttribute("failure", new RowFailure(entryId, action,
                typedPosition == null ? "" : typedPosition.toString(), form.getReason(), fieldErrors, globalErrors));
        response.setStatus(status.value());
        return page(form.getProgramId(), form.getPage(), model);
    }

    private Map<String, String> describe(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.get(error));
        }
        return errors;
    }

    private String page(UUID programId, int page, Model model) {
        Actor actor = currentActor.get();
        ProgramSummary program = programs.get(programId, actor.scope());
        Page<RankingRow> rows = rankings.ranking(actor, programId, page, PAGE_SIZE);
        model.addAttribute("program", program);
        model.addAttribute("rows", rows);
        model.addAttribute("pageUrl", "/programs/" + programId + "/ranking");
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canManage", actor.can(Permission.MANAGE_RANKING));
        return "waitinglist/ranking/ranking";
    }
}

package cl.circuito.waitinglist.ranking.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.ranking.ProgramRankings;
import cl.circuito.waitinglist.ranking.RankingPlacements;
import cl.circuito.waitinglist.ranking.RankingRow;
import cl.circuito.waitinglist.ranking.web.RankingInputs.ClearPlacementInput;
import cl.circuito.waitinglist.ranking.web.RankingInputs.PlacementInput;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
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

    @GetMapping("/programs/{programId}/ranking")
    String ranking(@PathVariable UUID programId, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(programId, Math.max(0, page), model);
    }

    @PostMapping("/entries/{entryId}/ranking-placement")
    String move(@PathVariable UUID entryId, @Valid @ModelAttribute("ranking") PlacementInput input,
                BindingResult result, @RequestParam(required = false) UUID programId,
                @RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        return handle(entryId, "move", new Return(programId, page), result, model, redirect, response, actor -> {
            placements.place(actor, entryId, input.version(), input.position(), input.reason());
            return messages.get("ranking.moved", input.position());
        });
    }

    @PostMapping("/entries/{entryId}/ranking-placement/clear")
    String clear(@PathVariable UUID entryId, @Valid @ModelAttribute("ranking") ClearPlacementInput input,
                 BindingResult result, @RequestParam(required = false) UUID programId,
                 @RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return handle(entryId, "clear", new Return(programId, page), result, model, redirect, response, actor -> {
            placements.clear(actor, entryId, input.version(), input.reason());
            return messages.get("ranking.clearedMessage");
        });
    }

    /** A row's form: refused, the page again with that row's form open as typed (the page's {@code failure}). */
    /** Where a row's form returns to: the ranking of this program at this page, or (without one) the entry. */
    private record Return(UUID programId, int page) {

        Return {
            page = Math.max(0, page);
        }
    }

    private String handle(UUID entryId, String action, Return to, BindingResult result, Model model,
                          RedirectAttributes redirect, HttpServletResponse response,
                          Function<Actor, String> useCase) {
        String back = to.programId() == null ? "/entries/" + entryId
                : "/programs/" + to.programId() + "/ranking?page=" + to.page();
        return FormSubmit.oneOf(action, entryId, result, response, model, messages)
                .redirect(redirect, back, () -> useCase.apply(currentActor.get()), () -> {
                    if (to.programId() == null) {
                        // Without the program the page cannot be shown again: the error goes to the entry page.
                        redirect.addFlashAttribute("error", model.getAttribute("error"));
                        return "redirect:" + back;
                    }
                    return page(to.programId(), to.page(), model);
                });
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

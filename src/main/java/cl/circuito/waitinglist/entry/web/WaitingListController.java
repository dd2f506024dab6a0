package cl.circuito.waitinglist.entry.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import cl.circuito.waitinglist.WaitingListQueries;
import cl.circuito.waitinglist.entry.EntryRow;
import cl.circuito.waitinglist.entry.WaitFilter;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.UUID;

/** A program's waiting list: filter by state, search by name or RUT, sort, paginate. */
@Controller
class WaitingListController {

    static final int PAGE_SIZE = 25;

    private final CurrentActor currentActor;
    private final ProgramDirectory programs;
    private final WaitingListQueries queries;

    WaitingListController(CurrentActor currentActor, ProgramDirectory programs, WaitingListQueries queries) {
        this.currentActor = currentActor;
        this.programs = programs;
        this.queries = queries;
    }

    @GetMapping("/programs")
    String programs(Model model) {
        model.addAttribute("programs", programs.visibleTo(currentActor.get().scope()));
        return "waitinglist/entry/programs";
    }

    @GetMapping("/programs/{programId}/waiting-list")
    String list(@PathVariable UUID programId, @RequestParam(defaultValue = "OPEN") ListFilter state,
                @RequestParam(defaultValue = "ANY") WaitFilter wait,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "DEADLINE") ListSort sort,
                @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
        Actor actor = currentActor.get();
        ProgramSummary program = programs.get(programId, actor.scope());
        WaitingListQueries.ListPage list = queries.listWithWaits(actor, programId, state, wait, q, sort,
                Math.max(0, page), PAGE_SIZE);
        Page<EntryRow> rows = list.rows();
        model.addAttribute("program", program);
        model.addAttribute("rows", rows);
        model.addAttribute("waits", list.waits());
        model.addAttribute("waitTarget", list.cutoffs().targetBusinessDays());
        model.addAttribute("wait", wait);
        model.addAttribute("waitFilters", WaitFilter.values());
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("filters", ListFilter.values());
        model.addAttribute("sorts", ListSort.values());
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/programs/{id}/waiting-list")
                .queryParam("state", state).queryParam("wait", wait).queryParam("sort", sort).queryParamIfPresent("q", java.util.Optional.ofNullable(q))
                .buildAndExpand(programId).toUriString());
        model.addAttribute("canRegister", actor.can(cl.circuito.shared.security.Permission.REGISTER_REFERRALS));
        model.addAttribute("canImport", actor.can(cl.circuito.shared.security.Permission.REGISTER_REFERRALS)
                && actor.can(cl.circuito.shared.security.Permission.DECIDE_ADMISSIBILITY));
        // htmx swaps only the results when the filter form changes; a plain request gets the whole page.
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "waitinglist/entry/fragments :: results" : "waitinglist/entry/list";
    }
}

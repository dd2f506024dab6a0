package cl.circuito.courtorders.reconciliation.web;

import cl.circuito.courtorders.ledger.OrderTexts;
import cl.circuito.courtorders.reconciliation.Worklist;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The worklist's pages: a program's (a tab of the program) and a territory's (the managers' menu). */
@Controller
class WorklistController {

    private final CurrentActor currentActor;
    private final Worklist worklist;
    private final ProgramDirectory programs;
    private final OrderTexts cells;

    WorklistController(CurrentActor currentActor, Worklist worklist, ProgramDirectory programs, OrderTexts cells) {
        this.currentActor = currentActor;
        this.worklist = worklist;
        this.programs = programs;
        this.cells = cells;
    }

    @GetMapping("/programs/{programId}/court-orders/reconciliation")
    String ofProgram(@PathVariable UUID programId, @RequestParam(required = false) Integer staleDays, Model model) {
        model.addAttribute("view", worklist.ofProgram(currentActor.get(), programId, staleDays));
        model.addAttribute("cells", cells);
        return "courtorders/reconciliation/worklist";
    }

    @GetMapping("/court-orders/reconciliation")
    String ofTerritory(@RequestParam(required = false) String region,
                       @RequestParam(required = false) Integer staleDays, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("view", worklist.ofTerritory(actor, region, staleDays));
        model.addAttribute("regions", regions(programs, actor));
        model.addAttribute("cells", cells);
        return "courtorders/reconciliation/worklist";
    }

    /** The regions the scope covers (code → name), to choose one; one region needs no choice. */
    static Map<String, String> regions(ProgramDirectory programs, Actor actor) {
        Map<String, String> regions = new LinkedHashMap<>();
        programs.visibleTo(actor.scope()).stream()
                .sorted(java.util.Comparator.comparing(ProgramSummary::regionCode))
                .forEach(p -> regions.putIfAbsent(p.regionCode(), p.regionName()));
        return regions;
    }
}

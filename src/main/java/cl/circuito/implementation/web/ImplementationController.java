package cl.circuito.implementation.web;

import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.scorecards.Mark;
import cl.circuito.implementation.scorecards.ComunaCapacity;
import cl.circuito.implementation.scorecards.MesaScorecard;
import cl.circuito.implementation.scorecards.MonitoringThresholds;
import cl.circuito.implementation.scorecards.Scorecards;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The national team's and the territorial managers' view of how the Mesas are implemented: every Mesa in scope
 * with its marks for a year, a summary per region, and the drill-in into one Mesa.
 */
@Controller
class ImplementationController {

    /** Years offered in the selector, back from the current one. */
    static final int YEARS_SHOWN = 8;

    private final CurrentActor currentActor;
    private final Scorecards scorecards;
    private final MonitoringThresholds thresholds;
    private final MesaHeaders headers;
    private final ComunaCapacity capacity;

    ImplementationController(CurrentActor currentActor, Scorecards scorecards, MonitoringThresholds thresholds,
                             MesaHeaders headers, ComunaCapacity capacity) {
        this.currentActor = currentActor;
        this.scorecards = scorecards;
        this.thresholds = thresholds;
        this.headers = headers;
        this.capacity = capacity;
    }

    @GetMapping("/implementation")
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                    @RequestParam(required = false) IndicatorKind sort,
                    @RequestParam(defaultValue = "false") boolean onlyRed, Model model) {
        Actor actor = currentActor.get();
        int shown = year == null ? scorecards.currentYear() : year;
        String regionCode = region == null || region.isBlank() ? null : region;
        List<MesaScorecard> cards = scorecards.scorecards(actor, shown, regionCode);
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("region", regionCode);
        model.addAttribute("regions", scorecards.regions(actor));
        model.addAttribute("nationwide", scorecards.nationwide(actor));
        model.addAttribute("sort", sort);
        model.addAttribute("onlyRed", onlyRed);
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("marks", List.of(Mark.GREEN, Mark.AMBER, Mark.RED, Mark.NOT_APPLICABLE));
        model.addAttribute("overview", Overview.of(cards, sort, onlyRed));
        model.addAttribute("periodEnd", scorecards.periodEnd(shown));
        model.addAttribute("setsThresholds", actor.can(Permission.SET_MONITORING_THRESHOLDS));
        return "implementation/overview";
    }

    @GetMapping("/implementation/mesas/{mesaId}")
    String mesa(@PathVariable UUID mesaId, @RequestParam(required = false) Integer year, Model model) {
        Actor actor = currentActor.get();
        int shown = year == null ? scorecards.currentYear() : year;
        MesaScorecard card = scorecards.scorecard(actor, mesaId, shown);
        model.addAttribute("card", card);
        model.addAttribute("header", headers.of(actor, mesaId));
        model.addAttribute("capacity", capacity.of(card));
        model.addAttribute("year", shown);
        model.addAttribute("years", years().stream().filter(y -> y >= card.mesa().foundedOn().getYear()).toList());
        model.addAttribute("periodEnd", scorecards.periodEnd(shown));
        model.addAttribute("rules", thresholds.all(actor));
        return "implementation/mesa";
    }

    private List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        int current = scorecards.currentYear();
        for (int y = current; y > current - YEARS_SHOWN && y >= Scorecards.FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }
}

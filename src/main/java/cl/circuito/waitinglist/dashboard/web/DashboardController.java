package cl.circuito.waitinglist.dashboard.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.dashboard.ProgramDashboard;
import cl.circuito.waitinglist.dashboard.ProgramDashboards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;
import java.util.stream.Collectors;

/** The program's dashboard page ("Panel"). */
@Controller
class DashboardController {


    private final CurrentActor currentActor;
    private final ProgramDashboards dashboards;

    DashboardController(CurrentActor currentActor, ProgramDashboards dashboards) {
        this.currentActor = currentActor;
        this.dashboards = dashboards;
    }

    @GetMapping("/programs/{programId}/dashboard")
    String dashboard(@PathVariable UUID programId, Model model) {
        ProgramDashboard dashboard = dashboards.of(currentActor.get(), programId);
        model.addAttribute("d", dashboard);
        model.addAttribute("program", dashboard.program());
        // The chart reads its series from data attributes (the CSP allows no inline script).
        model.addAttribute("chartLabels", dashboard.trend().stream().map(m -> ChileanDates.shortMonth(m.month()))
                .collect(Collectors.joining("|")));
        model.addAttribute("chartOnList", dashboard.trend().stream().map(m -> String.valueOf(m.onList()))
                .collect(Collectors.joining(",")));
        model.addAttribute("chartAdmitted", dashboard.trend().stream().map(m -> String.valueOf(m.admitted()))
                .collect(Collectors.joining(",")));
        return "waitinglist/dashboard/dashboard";
    }
}

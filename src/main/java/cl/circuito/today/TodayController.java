package cl.circuito.today;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.alerts.AlertBoard;
import cl.circuito.alerts.Alerts;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.WaitingListQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;

/** After login a user lands here: what needs them today (their alerts, most urgent first), then their programs. */
@Controller
class TodayController {

    /** Alerts of one kind shown here; the rest are one click away on the alerts page. */
    static final int ALERTS_PER_KIND = 10;


    private final CurrentActor currentActor;
    private final Alerts alerts;
    private final WaitingListQueries waitingList;
    private final Clock clock;

    TodayController(CurrentActor currentActor, Alerts alerts, WaitingListQueries waitingList, Clock clock) {
        this.currentActor = currentActor;
        this.alerts = alerts;
        this.waitingList = waitingList;
        this.clock = clock;
    }

    @GetMapping("/")
    String today(Model model) {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock);
        AlertBoard board = alerts.board(actor, today);
        model.addAttribute("actor", actor);
        model.addAttribute("date", ChileanDates.weekday(today));
        model.addAttribute("alerts", board);
        model.addAttribute("alertsPerKind", ALERTS_PER_KIND);
        // The header badge is filled where the alerts are gathered anyway: no extra work on other pages.
        model.addAttribute("navAlertCount", board.urgentCount());
        model.addAttribute("overview", waitingList.overview(actor));
        return "today/index";
    }
}

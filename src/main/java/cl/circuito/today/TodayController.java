package cl.circuito.today;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.EntryRow;
import cl.circuito.waitinglist.WaitingListQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** After login a user lands here: what needs them today. */
@Controller
class TodayController {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy",
            Locale.forLanguageTag("es-CL"));

    private final CurrentActor currentActor;
    private final WaitingListQueries waitingList;
    private final Clock clock;

    TodayController(CurrentActor currentActor, WaitingListQueries waitingList, Clock clock) {
        this.currentActor = currentActor;
        this.waitingList = waitingList;
        this.clock = clock;
    }

    @GetMapping("/")
    String today(Model model) {
        Actor actor = currentActor.get();
        List<EntryRow> due = waitingList.needingDecision(actor);
        model.addAttribute("actor", actor);
        model.addAttribute("date", LONG_DATE.format(LocalDate.now(clock)));
        model.addAttribute("overdue", due.stream().filter(r -> r.deadline().overdue()).toList());
        model.addAttribute("soon", due.stream().filter(r -> r.deadline().soon()).toList());
        model.addAttribute("overview", waitingList.overview(actor));
        return "today/index";
    }
}

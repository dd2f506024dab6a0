package cl.circuito.alerts.web;

import cl.circuito.shared.Paging;
import cl.circuito.alerts.AlertBoard;
import cl.circuito.alerts.AlertKind;
import cl.circuito.alerts.Alerts;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;

/**
 * "Alertas": all of the user's alerts, most urgent first, optionally of one kind, a page at a time
 * (a nationwide reader may have thousands).
 */
@Controller
class AlertsController {

    static final int PAGE_SIZE = 50;

    private final Alerts alerts;
    private final CurrentActor currentActor;
    private final Clock clock;

    AlertsController(Alerts alerts, CurrentActor currentActor, Clock clock) {
        this.alerts = alerts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/alerts")
    String alerts(@RequestParam(required = false) AlertKind kind, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        Actor actor = currentActor.get();
        AlertBoard board = alerts.board(actor, LocalDate.now(clock));
        AlertBoard shown = board.only(kind);
        Pageable slice = Paging.of(page, PAGE_SIZE);
        int from = (int) Math.min(slice.getOffset(), shown.size());
        var rows = new PageImpl<>(shown.alerts().subList(from, Math.min(from + PAGE_SIZE, shown.size())), slice,
                shown.size());
        model.addAttribute("canReadRecords", actor.can(Permission.READ_CHILD_RECORDS));
        model.addAttribute("counts", board.counts());
        model.addAttribute("complete", board.complete());
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("rows", rows);
        model.addAttribute("groups", new AlertBoard(rows.getContent()).groups());
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/alerts")
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind)).toUriString());
        model.addAttribute("navAlertCount", board.urgentCount());
        return "alerts/index";
    }
}

package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.monitoring.JudicialActionKind;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.monitoring.JudicialAction;
import cl.circuito.waitinglist.monitoring.MonitoringQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;

/**
 * What the entry page's monitoring section (waitinglist/monitoring/entry-monitoring.html) needs: the history, the
 * judicial actions, and the forms, kept as typed when one of them failed.
 */
@Component
public class MonitoringPanel {

    private final MonitoringQueries queries;

    MonitoringPanel(MonitoringQueries queries) {
        this.queries = queries;
    }

    public void addTo(Model model, Actor actor, EntryView view, LocalDate today) {
        MonitoringQueries.EntryMonitoring history = queries.ofViewedEntry(actor, view.entry().id());
        EntryStatus status = view.entry().status();
        JudicialAction unresolved = history.judicialActions().stream()
                .filter(j -> j.status().unresolved()).findFirst().orElse(null);
        model.addAttribute("monitoringHistory", history);
        model.addAttribute("unresolvedJudicialAction", unresolved);
        model.addAttribute("canMonitor", actor.can(Permission.RECORD_MONITORING)
                && (status == EntryStatus.WAITING || status == EntryStatus.SCHEDULED));
        model.addAttribute("canManageJudicial", actor.can(Permission.MANAGE_JUDICIAL_ACTIONS));
        model.addAttribute("monitoringKinds", MonitoringActionKind.values());
        model.addAttribute("monitoringOutcomes", MonitoringOutcome.values());
        model.addAttribute("judicialKinds", JudicialActionKind.values());
        if (!model.containsAttribute("monitoring")) {
            model.addAttribute("monitoring", MonitoringInputs.MonitoringActionInput.startingOn(today, actor));
        }
        Long judicialVersion = unresolved == null ? null : unresolved.version();
        if (!model.containsAttribute("judicialRequestInput")) {
            model.addAttribute("judicialRequestInput",
                    MonitoringInputs.JudicialRequestInput.startingOn(today, judicialVersion));
        }
        if (!model.containsAttribute("judicialAnswerInput")) {
            model.addAttribute("judicialAnswerInput", MonitoringInputs.JudicialAnswerInput.startingOn(today, judicialVersion));
        }
    }
}

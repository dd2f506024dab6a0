package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.entry.web.EntryPage;
import cl.circuito.waitinglist.monitoring.JudicialProtection;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;

/**
 * The entry page's monitoring forms: record a monitoring action, then follow up a judicial action
 * (request, court's answer). Success and failure behave like the page's other forms: the entry page's
 * own form handling is reused, so a failed form comes back as typed with its error next to the field.
 */
@Controller
public class MonitoringEntryController {

    private final CurrentActor currentActor;
    private final MonitoringLog log;
    private final JudicialProtection protection;
    private final EntryPage entryPage;
    private final Messages messages;

    MonitoringEntryController(CurrentActor currentActor, MonitoringLog log, JudicialProtection protection,
                              EntryPage entryPage, Messages messages) {
        this.currentActor = currentActor;
        this.log = log;
        this.protection = protection;
        this.entryPage = entryPage;
        this.messages = messages;
    }

    @PostMapping("/entries/{entryId}/monitoring-actions")
    String record(@PathVariable UUID entryId,
                  @Valid @ModelAttribute("monitoring") MonitoringInputs.MonitoringActionInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            MonitoringLog.Recorded recorded = input.recordOn(log, currentActor.get(), entryId);
            if (recorded.action().isRevalidation()) {
                return revalidated(recorded, redirect);
            }
            if (recorded.judicialActionOpened()) {
                return messages.get("monitoring.saved.judicialOpened");
            }
            return messages.get(recorded.judicialAction() != null ? "monitoring.saved.judicialPending"
                    : "monitoring.saved");
        });
    }

    /**
     * A re-validation that found the program no longer needed opens the exit form; one that could not reach the
     * family opens the contact correction (the entry page reads {@code revalidationNext}): the user acts there.
     */
    private String revalidated(MonitoringLog.Recorded recorded, RedirectAttributes redirect) {
        if (!recorded.action().stillNeedsProgram()) {
            redirect.addFlashAttribute("revalidationNext", "exit");
            return messages.get("revalidation.saved.noLongerNeeded");
        }
        if (!recorded.action().stillReachable()) {
            redirect.addFlashAttribute("revalidationNext", "contact");
            return messages.get("revalidation.saved.notReachable");
        }
        return messages.get(recorded.judicialActionOpened() ? "monitoring.saved.judicialOpened" : "revalidation.saved");
    }

    @PostMapping("/entries/{entryId}/judicial-actions/{judicialActionId}/request")
    String request(@PathVariable UUID entryId, @PathVariable UUID judicialActionId,
                   @Valid @ModelAttribute MonitoringInputs.JudicialRequestInput input, BindingResult result,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(protection, currentActor.get(), judicialActionId);
            return messages.get("judicial.saved.requested");
        });
    }

    @PostMapping("/entries/{entryId}/judicial-actions/{judicialActionId}/answer")
    String answer(@PathVariable UUID entryId, @PathVariable UUID judicialActionId,
                  @Valid @ModelAttribute MonitoringInputs.JudicialAnswerInput input, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(protection, currentActor.get(), judicialActionId);
            return messages.get("judicial.saved.answered");
        });
    }
}

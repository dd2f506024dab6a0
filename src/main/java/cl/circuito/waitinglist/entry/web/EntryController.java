package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.audit.AuditHistory;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.WaitingListQueries;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.admission.web.AdmissionInputs;
import cl.circuito.waitinglist.admission.web.AdmissionSection;
import cl.circuito.waitinglist.entry.BackgroundGathering;
import cl.circuito.waitinglist.entry.ChildCorrections;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.entry.EntryView;
import cl.circuito.waitinglist.entry.FamilyContacts;
import cl.circuito.waitinglist.entry.SenainfoSteps;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The entry page: the child, the referral, the deadline, the timeline, and the forms to gather
 * background, decide, reopen, record an exit and SENAINFO's steps. A form with an error re-renders the page with what the
 * user typed; a success redirects back with a message.
 */
@Controller
class EntryController {


    private final CurrentActor currentActor;
    private final EntryPage entryPage;
    private final WaitingListQueries queries;
    private final EntryDecisions decisions;
    private final BackgroundGathering gathering;
    private final ChildCorrections corrections;
    private final Admissions admissions;
    private final SenainfoSteps senainfoSteps;
    private final Messages messages;
    private final AuditHistory auditHistory;
    private final FamilyContacts contacts;

    EntryController(CurrentActor currentActor, EntryPage entryPage, WaitingListQueries queries, EntryDecisions decisions,
                    BackgroundGathering gathering, ChildCorrections corrections, Admissions admissions,
                    SenainfoSteps senainfoSteps, Messages messages, AuditHistory auditHistory,
                    FamilyContacts contacts) {
        this.senainfoSteps = senainfoSteps;
        this.contacts = contacts;
        this.currentActor = currentActor;
        this.auditHistory = auditHistory;
        this.entryPage = entryPage;
        this.queries = queries;
        this.decisions = decisions;
        this.gathering = gathering;
        this.corrections = corrections;
        this.admissions = admissions;
        this.messages = messages;
    }

    @GetMapping("/entries/{entryId}")
    String entry(@PathVariable UUID entryId, Model model) {
        return entryPage.render(entryId, model);
    }

    @PostMapping("/entries/{entryId}/background-actions")
    String backgroundAction(@PathVariable UUID entryId, @Valid @ModelAttribute Inputs.BackgroundActionInput input,
                            BindingResult result, Model model, RedirectAttributes redirect,
                            HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(gathering, currentActor.get(), entryId);
            return messages.get("backgroundAction.saved");
        });
    }

    @PostMapping("/entries/{entryId}/attachments")
    String attach(@PathVariable UUID entryId, @RequestParam("files") List<MultipartFile> files, Model model,
                  RedirectAttributes redirect) {
        gathering.attach(currentActor.get(), entryId,
                files.stream().filter(f -> !f.isEmpty()).map(WaitingListApi::incoming).toList());
        redirect.addFlashAttribute("success", messages.get("attach.saved"));
        return "redirect:/entries/" + entryId;
    }

    @PostMapping("/entries/{entryId}/sufficiency")
    String sufficiency(@PathVariable UUID entryId, @Valid @ModelAttribute Inputs.SufficiencyInput input,
                       BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            WaitingListEntry entry = input.recordOn(decisions, currentActor.get(), entryId);
            return messages.get("sufficiency.saved", ChileanDates.day(entry.admissibilityDueOn()));
        });
    }

    @PostMapping("/entries/{entryId}/decision")
    String decide(@PathVariable UUID entryId, @Valid @ModelAttribute Inputs.DecisionInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of("pertinentProgram", "pertinentProgramId"),
                model, redirect, response, () -> {
                    input.recordOn(decisions, currentActor.get(), entryId);
                    return messages.get(input.outcome() == Inputs.Outcome.ELIGIBLE
                            ? "decision.savedEligible" : "decision.savedNotEligible");
                });
    }

    @PostMapping("/entries/{entryId}/reopen")
    String reopen(@PathVariable UUID entryId, @Valid @ModelAttribute Inputs.ReopenInput input,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(decisions, currentActor.get(), entryId);
            return messages.get("reopen.saved");
        });
    }

    @PostMapping("/entries/{entryId}/exit")
    String exit(@PathVariable UUID entryId, @Valid @ModelAttribute Inputs.ExitInput input,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of("exitReason", "reason"), model, redirect, response, () -> {
            input.recordOn(decisions, currentActor.get(), entryId);
            return messages.get("exit.saved");
        });
    }

    @PostMapping("/entries/{entryId}/senainfo")
    String senainfo(@PathVariable UUID entryId, @Valid @ModelAttribute Inputs.SenainfoInput input,
                    BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("senainfoStep", input.senainfoStep()); // shown again as sent if refused
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(senainfoSteps, currentActor.get(), entryId);
            return messages.get("senainfo.saved." + input.senainfoStep().name(), ChileanDates.day(input.senainfoOn()));
        });
    }

    @PostMapping("/entries/{entryId}/child")
    String correctChild(@PathVariable UUID entryId, @Valid @ModelAttribute("childForm") Forms.ChildForm form,
                        BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            boolean changed = !corrections.correct(currentActor.get(), entryId, form.getRut(), form.getGivenNames(),
                    form.getPaternalSurname(), form.getMaternalSurname(), form.getBirthDate(),
                    form.getReason()).isEmpty();
            return messages.get(changed ? "child.saved" : "child.unchanged");
        });
    }

    @PostMapping("/entries/{entryId}/contact")
    String contact(@PathVariable UUID entryId, @Valid @ModelAttribute("contactInput") Inputs.ContactInput input,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () ->
                messages.get(input.recordOn(contacts, currentActor.get(), entryId) ? "contact.saved" : "contact.unchanged"));
    }

    @PostMapping("/entries/{entryId}/admission-interview")
    String admissionInterview(@PathVariable UUID entryId,
                              @Valid @ModelAttribute(AdmissionSection.INTERVIEW) AdmissionInputs.AdmissionInterviewInput input,
                              BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(admissions, currentActor.get(), entryId);
            return messages.get("admission.interview.saved");
        });
    }

    @PostMapping("/entries/{entryId}/admission")
    String admit(@PathVariable UUID entryId,
                 @Valid @ModelAttribute(AdmissionSection.ADMIT) AdmissionInputs.AdmissionInput input,
                 BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(admissions, currentActor.get(), entryId);
            return messages.get("admission.admit.saved", ChileanDates.day(input.admittedOn()));
        });
    }

    @PostMapping("/entries/{entryId}/unschedule")
    String unschedule(@PathVariable UUID entryId,
                      @Valid @ModelAttribute(AdmissionSection.UNSCHEDULE) AdmissionInputs.AdmissionUnscheduleInput input,
                      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return entryPage.handle(entryId, result, Map.of(), model, redirect, response, () -> {
            input.recordOn(admissions, currentActor.get(), entryId);
            return messages.get("admission.unschedule.saved");
        });
    }

    @GetMapping("/entries/{entryId}/history")
    String history(@PathVariable UUID entryId, @RequestParam(defaultValue = "ALL") AuditHistory.Filter show,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = currentActor.get();
        EntryView view = queries.entry(actor, entryId);
        model.addAttribute("view", view);
        model.addAttribute("show", show);
        model.addAttribute("filters", AuditHistory.Filter.values());
        model.addAttribute("events", queries.history(actor, entryId, show, page).map(auditHistory::line));
        return "waitinglist/entry/history";
    }

    @GetMapping("/entries/{entryId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID entryId, @PathVariable UUID attachmentId) {
        WaitingListQueries.Download download = queries.attachment(currentActor.get(), entryId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }
}

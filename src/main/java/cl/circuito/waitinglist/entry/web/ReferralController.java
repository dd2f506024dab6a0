package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.entry.IncomingFile;
import cl.circuito.waitinglist.entry.ReferralRequest;
import cl.circuito.waitinglist.entry.DuplicateOpenEntry;
import cl.circuito.waitinglist.entry.ReferralIntake;
import cl.circuito.waitinglist.web.IdentityQuestion;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Step 1 of I-SGC-01: registering a referral (derivación) into a program's waiting list. */
@Controller
class ReferralController {


    private final CurrentActor currentActor;
    private final ProgramDirectory programs;
    private final ReferralIntake intake;
    private final Messages messages;
    private final Clock clock;

    ReferralController(CurrentActor currentActor, ProgramDirectory programs, ReferralIntake intake, Messages messages,
                       Clock clock) {
        this.currentActor = currentActor;
        this.programs = programs;
        this.intake = intake;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programs/{programId}/referrals/new")
    String form(@PathVariable UUID programId, Model model) {
        Actor actor = currentActor.get();
        actor.require(Permission.REGISTER_REFERRALS);
        Forms.ReferralForm form = new Forms.ReferralForm();
        form.setReceivedOn(LocalDate.now(clock));
        return show(programs.get(programId, actor.scope()), form, model, List.of());
    }

    @PostMapping("/programs/{programId}/referrals")
    String register(@PathVariable UUID programId, @Valid @ModelAttribute("form") Forms.ReferralForm form,
                    BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response,
                    HttpSession session) {
        Actor actor = currentActor.get();
        ProgramSummary program = programs.get(programId, actor.scope());
        List<IncomingFile> files = new ArrayList<>(ReferralUploads.kept(session, form.getKeptFiles()));
        form.getAttachments().stream().filter(f -> !f.isEmpty()).map(WaitingListApi::incoming).forEach(files::add);
        Optional<ReferralIntake.Registration> registered = FormSubmit.of(result, response)
                .invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .on(ChildIdentityMismatch.class, (e, refusal) -> IdentityQuestion.ask(e, result))
                // Not a mistake on the form: the child's entry exists, and the page links to it.
                .on(DuplicateOpenEntry.class, (e, refusal) -> {
                    model.addAttribute("duplicateEntryId", e.existingEntryId());
                    refusal.onWholeForm().answering(HttpStatus.UNPROCESSABLE_CONTENT);
                })
                .attempt(() -> intake.register(actor, programId, request(form, files)));
        if (registered.isPresent()) {
            ReferralIntake.Registration registration = registered.get();
            ReferralUploads.forget(session, form.getKeptFiles());
            redirect.addFlashAttribute("success", messages.get("referral.registered",
                    ChileanDates.day(registration.entry().admissibilityDueOn())));
            if (!registration.otherPrograms().isEmpty()) {
                redirect.addFlashAttribute("warning", messages.get("referral.otherPrograms",
                        String.join(", ", registration.otherPrograms())));
            }
            return "redirect:/entries/" + registration.entry().id();
        }
        // Whatever was wrong, the files already sent stay with the form (unless a file itself was refused).
        boolean fileRefused = result.hasFieldErrors("attachments");
        form.setKeptFiles(fileRefused ? null : ReferralUploads.keep(session, form.getKeptFiles(), files));
        return show(program, form, model, ReferralUploads.names(session, form.getKeptFiles()));
    }

    private String show(ProgramSummary program, Forms.ReferralForm form, Model model, List<String> keptFileNames) {
        model.addAttribute("program", program);
        model.addAttribute("keptFileNames", keptFileNames);
        model.addAttribute("form", form);
        model.addAttribute("referrers", programs.activeReferrers());
        model.addAttribute("today", LocalDate.now(clock));
        return "waitinglist/entry/referral-form";
    }

    private static ReferralRequest request(Forms.ReferralForm form, List<IncomingFile> files) {
        return new ReferralRequest(form.getRut(), form.getGivenNames(), form.getPaternalSurname(),
                form.getMaternalSurname(), form.getBirthDate(), form.getReferrerId(), form.getCourtRit(),
                form.getCourtRuc(), form.getReason(), form.getReceivedOn(), form.getBackgroundSufficient(), files,
                form.confirmedChoice(), form.getIdentityCorrectionReason());
    }
}

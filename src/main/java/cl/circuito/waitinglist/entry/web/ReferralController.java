package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.Territory;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.entry.IncomingFile;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Step 1 of I-SGC-01: registering a referral (derivación) into a program's waiting list. */
@Controller
class ReferralController {

    private static final String FORM = "form";
    private static final String ATTACHMENTS = "attachments";

    private final CurrentActor currentActor;
    private final ProgramDirectory programs;
    private final ReferralIntake intake;
    private final Messages messages;
    private final Clock clock;
    private final Territory territory;

    ReferralController(CurrentActor currentActor, ProgramDirectory programs, ReferralIntake intake, Messages messages,
                       Clock clock, Territory territory) {
        this.territory = territory;
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
        model.addAttribute(FORM, Inputs.ReferralInput.startingOn(LocalDate.now(clock)));
        return show(programs.get(programId, actor.scope()), model, List.of(), null, null);
    }

    /**
     * Beside the input comes what only the page has: the files uploaded with it, the token of the files kept from an
     * earlier submit ({@link ReferralUploads}) and the RUT an answer to the identity question was given for.
     */
    @PostMapping("/programs/{programId}/referrals")
    String register(@PathVariable UUID programId, @Valid @ModelAttribute(FORM) Inputs.ReferralInput input,
                    BindingResult result, @RequestParam(required = false) List<MultipartFile> attachments,
                    @RequestParam(required = false) String keptFiles, @RequestParam(required = false) String identityRut,
                    Model model, RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
        Actor actor = currentActor.get();
        ProgramSummary program = programs.get(programId, actor.scope());
        List<IncomingFile> files = new ArrayList<>(ReferralUploads.kept(session, keptFiles));
        if (attachments != null) {
            attachments.stream().filter(f -> !f.isEmpty()).map(WaitingListApi::incoming).forEach(files::add);
        }
        // A refused file is said beside the file input too, which is no part of the input.
        BindingResult fileErrors = FormSubmit.errorsOf(ATTACHMENTS);
        IdentityQuestion.carry(identityRut, model);
        Optional<ReferralIntake.Registration> registered = FormSubmit.of(result, response)
                .invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .on(ChildIdentityMismatch.class, (e, refusal) -> IdentityQuestion.ask(e, input.rut(), result, model))
                // Not a mistake on the form: the child's entry exists, and the page links to it.
                .on(DuplicateOpenEntry.class, (e, refusal) -> {
                    model.addAttribute("duplicateEntryId", e.existingEntryId());
                    refusal.onWholeForm().answering(HttpStatus.UNPROCESSABLE_CONTENT);
                })
                .on(DomainException.class, (e, refusal) -> {
                    if (refusal.isAbout(Set.of(ATTACHMENTS))) {
                        refusal.showOn(fileErrors, Map.of());
                    }
                })
                .attempt(() -> intake.register(actor, programId, input.request(files,
                        IdentityQuestion.answer(input.identityChoice(), input.rut(), identityRut))));
        if (registered.isPresent()) {
            ReferralIntake.Registration registration = registered.get();
            ReferralUploads.forget(session, keptFiles);
            redirect.addFlashAttribute("success", messages.get("referral.registered",
                    ChileanDates.day(registration.entry().admissibilityDueOn())));
            if (!registration.otherPrograms().isEmpty()) {
                redirect.addFlashAttribute("warning", messages.get("referral.otherPrograms",
                        String.join(", ", registration.otherPrograms())));
            }
            return "redirect:/entries/" + registration.entry().id();
        }
        // Whatever was wrong, the files already sent stay with the form (unless a file itself was refused).
        String kept = fileErrors.hasErrors() ? null : ReferralUploads.keep(session, keptFiles, files);
        String fileError = fileErrors.hasErrors() ? messages.get(fileErrors.getAllErrors().get(0)) : null;
        return show(program, model, ReferralUploads.names(session, kept), kept, fileError);
    }

    private String show(ProgramSummary program, Model model, List<String> keptFileNames, String keptFiles,
                        String fileError) {
        model.addAttribute("program", program);
        model.addAttribute("keptFileNames", keptFileNames);
        model.addAttribute("keptFiles", keptFiles);
        model.addAttribute("fileError", fileError);
        model.addAttribute("referrers", programs.activeReferrers());
        model.addAttribute("regions", territory.regionsWithComunas());
        model.addAttribute("today", LocalDate.now(clock));
        return "waitinglist/entry/referral-form";
    }
}

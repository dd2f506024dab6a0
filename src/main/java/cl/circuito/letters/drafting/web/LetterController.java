package cl.circuito.letters.drafting.web;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.LetterQueries;
import cl.circuito.letters.drafting.web.LetterInputs.AddresseeInput;
import cl.circuito.letters.drafting.web.LetterInputs.DiscardInput;
import cl.circuito.letters.drafting.web.LetterInputs.EditInput;
import cl.circuito.letters.drafting.web.LetterInputs.SendingInput;
import cl.circuito.letters.drafting.web.LetterInputs.VersionInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * The tray of a program's letters to send, and the letter page: edit the draft, preview it, issue it, download
 * the issued PDF, record how it was sent, write a correction, discard a draft.
 */
@Controller
class LetterController {

    private final CurrentActor currentActor;
    private final LetterQueries queries;
    private final LetterManagement management;
    private final LetterPage page;
    private final Messages messages;

    LetterController(CurrentActor currentActor, LetterQueries queries, LetterManagement management, LetterPage page,
                     Messages messages) {
        this.currentActor = currentActor;
        this.queries = queries;
        this.management = management;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/letters")
    String tray(@PathVariable UUID programId, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "0") int issuedPage, Model model) {
        Actor actor = currentActor.get();
        LetterQueries.Tray tray = queries.tray(actor, programId, page, issuedPage);
        model.addAttribute("tray", tray);
        model.addAttribute("program", tray.program());
        model.addAttribute("canManage", actor.can(Permission.MANAGE_LETTERS));
        model.addAttribute("issuedPage", issuedPage);
        model.addAttribute("draftPage", page);
        return "letters/tray";
    }

    @GetMapping("/letters/{letterId}")
    String letter(@PathVariable UUID letterId, Model model) {
        return page.render(letterId, model);
    }

    @PostMapping("/letters/{letterId}")
    String edit(@PathVariable UUID letterId, @Valid @ModelAttribute(LetterPage.EDIT) EditInput input,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.handle(letterId, result, model, redirect, response, () -> {
            management.edit(currentActor.get(), letterId, input.version(), input.subject(), input.body());
            return messages.get("letters.saved.edited");
        });
    }

    @PostMapping("/letters/{letterId}/issue")
    String issue(@PathVariable UUID letterId, @Valid @ModelAttribute(LetterPage.ISSUE) VersionInput input,
                 BindingResult result, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        LetterPage.confirmation(confirmed, result, model);
        return page.handle(letterId, result, model, redirect, response, () -> {
            Letter issued = management.issue(currentActor.get(), letterId, input.version());
            return messages.get("letters.saved.issued", issued.numberLabel());
        });
    }

    /** The draft written again from the current facts (the director's edits, if any, are replaced). */
    @PostMapping("/letters/{letterId}/regenerate")
    String regenerate(@PathVariable UUID letterId, @Valid @ModelAttribute(LetterPage.FACTS) VersionInput input,
                      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.handle(letterId, result, model, redirect, response, () -> {
            management.regenerate(currentActor.get(), letterId, input.version());
            return messages.get("letters.saved.regenerated");
        });
    }

    /** The director's text states the current facts: the draft may be issued again. */
    @PostMapping("/letters/{letterId}/confirm-facts")
    String confirmFacts(@PathVariable UUID letterId, @Valid @ModelAttribute(LetterPage.FACTS) VersionInput input,
                        BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.handle(letterId, result, model, redirect, response, () -> {
            management.confirmFacts(currentActor.get(), letterId, input.version());
            return messages.get("letters.saved.factsConfirmed");
        });
    }

    @PostMapping("/letters/{letterId}/addressee")
    String readdress(@PathVariable UUID letterId, @Valid @ModelAttribute(LetterPage.ADDRESSEE) AddresseeInput input,
                     BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.handle(letterId, result, model, redirect, response, () -> {
            Letter letter = management.readdress(currentActor.get(), letterId, input.version(), input.referrerId());
            return messages.get("letters.saved.readdressed", letter.recipientName());
        });
    }

    @PostMapping("/letters/{letterId}/sending")
    String sending(@PathVariable UUID letterId, @Valid @ModelAttribute(LetterPage.SENDING) SendingInput input,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.handle(letterId, result, model, redirect, response, () -> {
            management.recordSending(currentActor.get(), letterId, input.version(), input.sentVia(), input.sentOn(),
                    input.sentReference());
            return messages.get("letters.saved.sent");
        });
    }

    @PostMapping("/letters/{letterId}/discard")
    String discard(@PathVariable UUID letterId, @Valid @ModelAttribute(LetterPage.DISCARD) DiscardInput input,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.handle(letterId, result, model, redirect, response, () -> {
            management.discard(currentActor.get(), letterId, input.version(), input.reason());
            return messages.get("letters.saved.discarded");
        });
    }

    /** The correction is a new draft: the director goes to it. */
    @PostMapping("/letters/{letterId}/corrections")
    String correct(@PathVariable UUID letterId, RedirectAttributes redirect) {
        Letter correction = management.correct(currentActor.get(), letterId);
        redirect.addFlashAttribute("success", messages.get("letters.saved.correction"));
        return "redirect:/letters/" + correction.id();
    }

    @GetMapping("/letters/{letterId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID letterId) {
        LetterManagement.Pdf pdf = management.pdf(currentActor.get(), letterId);
        return Downloads.attachment(pdf.fileName(), Downloads.PDF, pdf.content());
    }

    @GetMapping("/letters/{letterId}/preview")
    ResponseEntity<byte[]> preview(@PathVariable UUID letterId) {
        LetterManagement.Pdf pdf = management.preview(currentActor.get(), letterId);
        return Downloads.inline(pdf.fileName(), Downloads.PDF, pdf.content());
    }
}

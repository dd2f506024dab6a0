package cl.circuito.letters.drafting.web;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.LetterQueries;
import cl.circuito.letters.drafting.web.LetterInputs.DraftInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * An entry's letters: the section the entry page loads with htmx (or a page of its own without JavaScript),
 * and the director's "Redactar oficio" from the entry.
 */
@Controller
class EntryLettersController {

    private final CurrentActor currentActor;
    private final LetterQueries queries;
    private final LetterManagement management;
    private final Messages messages;

    EntryLettersController(CurrentActor currentActor, LetterQueries queries, LetterManagement management,
                           Messages messages) {
        this.currentActor = currentActor;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
    }

    @HxRequest
    @GetMapping("/entries/{entryId}/letters")
    String section(@PathVariable UUID entryId, Model model) {
        fill(entryId, model);
        return "letters/entry-letters :: section";
    }

    @GetMapping("/entries/{entryId}/letters")
    String page(@PathVariable UUID entryId, Model model) {
        fill(entryId, model);
        return "letters/entry-letters";
    }

    @PostMapping("/entries/{entryId}/letters")
    String draft(@PathVariable UUID entryId, @Valid @ModelAttribute DraftInput input, RedirectAttributes redirect) {
        Letter letter = management.draftByHand(currentActor.get(), entryId, input.kind());
        redirect.addFlashAttribute("success", messages.get("letters.saved.drafted"));
        return "redirect:/letters/" + letter.id();
    }

    private void fill(UUID entryId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("entryId", entryId);
        model.addAttribute("letters", queries.ofEntry(actor, entryId));
        model.addAttribute("canManage", actor.can(Permission.MANAGE_LETTERS));
        model.addAttribute("kinds", LetterKind.values());
    }
}

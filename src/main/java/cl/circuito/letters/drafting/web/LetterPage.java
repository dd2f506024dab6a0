package cl.circuito.letters.drafting.web;

import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.FormSubmit.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The letter page as every form on it needs it: the letter, its history and the forms not already filled by
 * a failed submit; and the one way a form runs its use case (success: redirect with a message; a rule's
 * refusal: the page again, with what the user typed and the error next to the field).
 */
@Component
class LetterPage {

    static final String EDIT = "editForm";
    static final String ISSUE = "issueForm";
    static final String SENDING = "sendingForm";
    static final String DISCARD = "discardForm";
    static final String FACTS = "factsForm";
    static final String ADDRESSEE = "addresseeForm";
    /**
     * Whether the "Confirmo" box of a form that issues letters was ticked: absent until the form is sent, so the page
     * shows the box unticked and without error at first.
     */
    private static final String CONFIRMED = "confirmed";
    /** A refusal to issue about the text is shown where the text is edited. */
    private static final Set<String> TEXT_FIELDS = Set.of("subject", "body");
    /** A refusal to issue for want of a (valid) addressee is shown where the addressee is chosen. */
    private static final String RECIPIENT = "recipient";

    private final CurrentActor currentActor;
    private final LetterManagement management;
    private final ProgramDirectory programs;
    private final Clock clock;

    LetterPage(CurrentActor currentActor, LetterManagement management, ProgramDirectory programs, Clock clock) {
        this.currentActor = currentActor;
        this.management = management;
        this.programs = programs;
        this.clock = clock;
    }

    String handle(UUID letterId, BindingResult result, Model model, RedirectAttributes redirect,
                  HttpServletResponse response, Supplier<String> useCase) {
        Misplaced misplaced = new Misplaced(result.getObjectName());
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage()
                .on(DomainException.class, (e, refusal) -> misplaced.keep(refusal))
                .redirect(redirect, "/letters/" + letterId, useCase,
                        () -> render(letterId, model, misplaced.text, misplaced.addressee));
    }

    /**
     * The "Confirmo" box of a form that issues letters, a number taken for good: the page's own check, which the API
     * does not ask for, so it comes as a request parameter beside the input. Unticked, the form is refused; the page
     * shows the box again as it was sent.
     */
    static void confirmation(boolean confirmed, BindingResult result, Model model) {
        model.addAttribute(CONFIRMED, confirmed);
        if (!confirmed) {
            result.reject("letters.error.confirm");
        }
    }

    /**
     * A refusal about the text or the addressee from another form (issuing a letter without a subject): shown on the
     * form that was sent, and again next to the field on the form where it is edited.
     */
    private static final class Misplaced {

        private final String form;
        private Refusal text;
        private Refusal addressee;

        Misplaced(String form) {
            this.form = form;
        }

        void keep(Refusal refusal) {
            if (refusal.isAbout(TEXT_FIELDS) && !EDIT.equals(form)) {
                text = refusal;
            } else if (refusal.isAbout(Set.of(RECIPIENT)) && !ADDRESSEE.equals(form)) {
                addressee = refusal;
            }
        }
    }

    String render(UUID letterId, Model model) {
        return render(letterId, model, null, null);
    }

    private String render(UUID letterId, Model model, Refusal textError, Refusal addresseeError) {
        Actor actor = currentActor.get();
        LetterManagement.Details details = management.details(actor, letterId);
        var letter = details.letter();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("details", details);
        model.addAttribute("letter", letter);
        model.addAttribute("program", programs.get(letter.programId(), actor.scope()));
        model.addAttribute("canManage", actor.can(Permission.MANAGE_LETTERS));
        model.addAttribute("today", today);
        model.addAttribute("channels", SendingChannel.values());
        model.addAttribute("isDraft", letter.status() == LetterStatus.DRAFT);
        model.addAttribute("isIssued", letter.status().isIssued());
        model.addAttribute("facts", details.facts());
        if (letter.status() == LetterStatus.DRAFT && actor.can(Permission.MANAGE_LETTERS)) {
            model.addAttribute("addressees", management.addressees(actor, letterId));
        }
        if (!model.containsAttribute(FACTS)) {
            model.addAttribute(FACTS, LetterInputs.VersionInput.of(letter));
        }
        if (!model.containsAttribute(ADDRESSEE)) {
            LetterInputs.AddresseeInput input = LetterInputs.AddresseeInput.of(letter);
            model.addAttribute(ADDRESSEE, input);
            if (addresseeError != null) {
                BindingResult addressee = new BeanPropertyBindingResult(input, ADDRESSEE);
                addresseeError.showOn(addressee, Map.of(RECIPIENT, "referrerId"));
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ADDRESSEE, addressee);
            }
        }
        if (!model.containsAttribute(EDIT)) {
            LetterInputs.EditInput input = LetterInputs.EditInput.of(letter);
            model.addAttribute(EDIT, input);
            if (textError != null) {
                BindingResult text = new BeanPropertyBindingResult(input, EDIT);
                textError.showOn(text, Map.of());
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + EDIT, text);
            }
        }
        if (!model.containsAttribute(ISSUE)) {
            model.addAttribute(ISSUE, LetterInputs.VersionInput.of(letter));
        }
        if (!model.containsAttribute(SENDING)) {
            model.addAttribute(SENDING, LetterInputs.SendingInput.of(letter, today));
        }
        if (!model.containsAttribute(DISCARD)) {
            model.addAttribute(DISCARD, LetterInputs.DiscardInput.of(letter));
        }
        return "letters/letter";
    }
}

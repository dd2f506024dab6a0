package cl.circuito.waitinglist.web;

import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.children.IdentityChoice;
import cl.circuito.children.IdentityDifference;
import cl.circuito.children.Rut;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What a page does when the RUT typed is registered with other names or birth date: it says so next to each field
 * that differs (with the registry's value) and asks which is right, keeping everything typed (template
 * waitinglist/identity :: question). The same request with the answer goes through.
 * The answer is part of the page's input, as the API sends it ({@code identityChoice}); the RUT it was given for is
 * the page's own parameter ({@code identityRut}), because an answer counts only for that RUT: change the RUT and the
 * registry is asked again.
 * Shared: both pages that register a child ask it, the referral (entry) and the existing case (admission), as
 * their answer to the refusal ({@code FormSubmit.on}), which then says the refusal itself at the choice.
 */
public final class IdentityQuestion {

    /** The question asked on this rendering, if any (template waitinglist/identity). */
    private static final String QUESTION = "identityQuestion";
    /** The RUT an answer was given for: a request parameter, and what the form carries on. */
    private static final String ANSWERED_RUT = "identityRut";

    private IdentityQuestion() {
    }

    /** The user's answer, if it was given for the RUT now typed. */
    public static IdentityChoice answer(IdentityChoice choice, String rut, String answeredRut) {
        String typed = canonical(rut);
        return typed != null && typed.equals(answeredRut) ? choice : null;
    }

    /** Before the use case runs: if the form comes back unasked, an answer already given travels on with its RUT. */
    public static void carry(String answeredRut, Model model) {
        model.addAttribute(ANSWERED_RUT, answeredRut);
    }

    public static void ask(ChildIdentityMismatch mismatch, String rut, BindingResult result, Model model) {
        model.addAttribute(QUESTION, mismatch);
        model.addAttribute(ANSWERED_RUT, canonical(rut));
        for (IdentityDifference difference : mismatch.differences()) {
            result.rejectValue(difference.field(), "error.child.identityDiffers", new Object[]{difference.registered()},
                    "error.child.identityDiffers");
        }
    }

    private static String canonical(String typed) {
        return typed == null || typed.isBlank() || !Rut.isValid(typed) ? null : Rut.parse(typed).canonical();
    }
}

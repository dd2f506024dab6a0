package cl.circuito.waitinglist.web;

import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.children.IdentityDifference;
import org.springframework.validation.BindingResult;

/**
 * What a page does when the RUT typed is registered with other names or birth date: it says so next to each field
 * that differs (with the registry's value) and asks which is right, keeping everything typed (template
 * waitinglist/identity :: question). The same request with the answer goes through.
 * Shared: both pages that register a child ask it, the referral (entry) and the existing case (admission), as
 * their answer to the refusal ({@code FormSubmit.on}), which then says the refusal itself at the choice.
 */
public final class IdentityQuestion {

    private IdentityQuestion() {
    }

    public static void ask(ChildIdentityMismatch mismatch, BindingResult result) {
        ChildFields.Registering form = (ChildFields.Registering) result.getTarget();
        form.asked(mismatch);
        for (IdentityDifference difference : mismatch.differences()) {
            result.rejectValue(difference.field(), "error.child.identityDiffers", new Object[]{difference.registered()},
                    "error.child.identityDiffers");
        }
    }
}

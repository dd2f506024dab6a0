package cl.circuito.waitinglist.web;

import cl.circuito.children.ChildIdentityMismatch;
import cl.circuito.children.IdentityChoice;
import cl.circuito.children.IdentityDifference;
import cl.circuito.shared.web.Messages;
import org.springframework.http.ProblemDetail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's answer when the RUT sent is registered with other names or birth date: a problem naming every field
 * that differs (with the registry's value and what was sent) and the explicit choice that lets the same request
 * through ({@code identityChoice}, and {@code identityCorrectionReason} to correct the registry). Used by the
 * controllers that register a child, as their own handler (it must win over the shared DomainException one).
 * Shared: those controllers live in two capabilities, entry (referrals) and admission (existing cases).
 */
public final class IdentityProblems {

    private IdentityProblems() {
    }

    public static ProblemDetail of(ChildIdentityMismatch e, Messages messages) {
        String detail = messages.get(e.messageKey(), e.arguments());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), detail);
        problem.setTitle(messages.get("error.title." + e.status().value()));
        List<Map<String, String>> errors = new ArrayList<>();
        List<Map<String, String>> differences = new ArrayList<>();
        for (IdentityDifference d : e.differences()) {
            errors.add(Map.of("field", d.field(),
                    "message", messages.field(d.field()) + ": " + messages.get("error.child.identityDiffers", d.registered())));
            Map<String, String> difference = new LinkedHashMap<>();
            difference.put("field", d.field());
            difference.put("label", messages.field(d.field()));
            difference.put("registered", d.registered());
            difference.put("sent", d.typed());
            differences.add(difference);
        }
        errors.add(Map.of("field", e.field(), "message", detail));
        problem.setProperty("errors", errors);
        problem.setProperty("differences", differences);
        problem.setProperty("choices", Arrays.stream(IdentityChoice.values()).map(Enum::name).toList());
        return problem;
    }
}

package cl.circuito.children;

import cl.circuito.shared.DomainException;
import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * The RUT typed belongs to a registered child whose names or birth date differ from what was typed, and the
 * user has not (validly) said which is right ({@link IdentityConfirmation}). Nothing is saved. Carries the
 * differences, so a page can ask the question next to the fields and the API can name them.
 */
public class ChildIdentityMismatch extends DomainException {

    private final transient String rut;
    private final transient List<IdentityDifference> differences;

    private ChildIdentityMismatch(HttpStatus status, String key, String field, String rut,
                                  List<IdentityDifference> differences) {
        super(status, key, field, rut);
        this.rut = rut;
        this.differences = List.copyOf(differences);
    }

    /**
     * Not answered yet: a conflict (409) with the registry's record, not a malformed request — the same request
     * with an explicit {@code identityChoice} goes through.
     */
    static ChildIdentityMismatch unanswered(String rut, List<IdentityDifference> differences) {
        return new ChildIdentityMismatch(HttpStatus.CONFLICT, "error.child.identityMismatch", "identityChoice", rut,
                differences);
    }

    /** Correcting the registry was chosen without saying why (422 on the reason). */
    static ChildIdentityMismatch reasonMissing(String rut, List<IdentityDifference> differences) {
        return new ChildIdentityMismatch(HttpStatus.UNPROCESSABLE_CONTENT, "error.child.correctionReasonRequired",
                "identityCorrectionReason", rut, differences);
    }

    /** The RUT as people read it. */
    public String rut() {
        return rut;
    }

    public List<IdentityDifference> differences() {
        return differences;
    }
}

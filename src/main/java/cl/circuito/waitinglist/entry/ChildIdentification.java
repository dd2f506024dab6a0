package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildIdentity;
import cl.circuito.children.ChildRegistry;
import cl.circuito.children.IdentityChange;
import cl.circuito.children.IdentityConfirmation;
import cl.circuito.children.IdentityDifference;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditField.BIRTH_DATE;
import static cl.circuito.audit.AuditField.GIVEN_NAMES;
import static cl.circuito.audit.AuditField.MATERNAL_SURNAME;
import static cl.circuito.audit.AuditField.NAME;
import static cl.circuito.audit.AuditField.PATERNAL_SURNAME;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.RUT;

/**
 * Identifies the child a referral or an existing case names, and audits what the registry did with what was
 * typed: a new child, what it learned or corrected (with the user's reason), or the differences the user chose
 * to leave in favour of the registry. One way for both forms that type a child.
 */
@Component
public class ChildIdentification {

    /** The registry's names of the identity fields, each with the audit trail's field for it. */
    private static final Map<String, AuditField> AUDIT_FIELDS = Map.of("rut", RUT, "givenNames", GIVEN_NAMES,
            "paternalSurname", PATERNAL_SURNAME, "maternalSurname", MATERNAL_SURNAME, "birthDate", BIRTH_DATE);

    private final ChildRegistry children;
    private final AuditTrail audit;

    ChildIdentification(ChildRegistry children, AuditTrail audit) {
        this.children = children;
        this.audit = audit;
    }

    public ChildRegistry.Identified identify(Actor actor, UUID programId, ChildIdentity identity,
                                      IdentityConfirmation confirmation) {
        ChildRegistry.Identified identified = children.identify(identity, actor.userId(), confirmation);
        UUID childId = identified.child().id();
        if (identified.created()) {
            audit.changed(actor, AuditAction.CREATED, Subjects.child(childId, programId), "audit.child.registered",
                    AuditDetails.of(NAME, identified.child().fullName())
                            .with(RUT, String.valueOf(identified.child().rut())));
        }
        if (!identified.changes().isEmpty()) {
            String reason = confirmation.reason() != null && !confirmation.reason().isBlank()
                    ? confirmation.reason().trim() : "Datos que el registro no tenía, aportados al registrar";
            audit.changed(actor, AuditAction.CHANGED, Subjects.child(childId, programId), "audit.child.corrected",
                    changed(identified.changes()).with(REASON, reason));
        }
        if (!identified.keptDespite().isEmpty()) {
            AuditDetails kept = AuditDetails.none();
            for (IdentityDifference difference : identified.keptDespite()) {
                kept = kept.with(AUDIT_FIELDS.get(difference.field()),
                        "Se mantuvo «" + difference.registered() + "»; se había escrito «" + difference.typed() + "»");
            }
            audit.changed(actor, AuditAction.CHANGED, Subjects.child(childId, programId), "audit.child.identityKept",
                    kept);
        }
        return identified;
    }

    /** The registry's corrections of a child's identity, field by field, as the audit trail keeps them. */
    static AuditDetails changed(List<IdentityChange> changes) {
        AuditDetails details = AuditDetails.none();
        for (IdentityChange change : changes) {
            details = details.withChange(AUDIT_FIELDS.get(change.field()), change.before(), change.after());
        }
        return details;
    }
}

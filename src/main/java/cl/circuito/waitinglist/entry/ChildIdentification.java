package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildIdentity;
import cl.circuito.children.ChildRegistry;
import cl.circuito.children.IdentityConfirmation;
import cl.circuito.children.IdentityDifference;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Identifies the child a referral or an existing case names, and audits what the registry did with what was
 * typed: a new child, what it learned or corrected (with the user's reason), or the differences the user chose
 * to leave in favour of the registry. One way for both forms that type a child.
 */
@Component
public class ChildIdentification {

    /** The audit trail's names of the identity fields (audit.field.* in the bundle), as the registry's corrections use. */
    private static final Map<String, String> AUDIT_FIELDS = Map.of("givenNames", "nombres",
            "paternalSurname", "apellidoPaterno", "maternalSurname", "apellidoMaterno", "birthDate", "fechaNacimiento");

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
                    Map.of("nombre", identified.child().fullName(), "rut", String.valueOf(identified.child().rut())));
        }
        if (!identified.changes().isEmpty()) {
            Map<String, Object> changes = new LinkedHashMap<>(identified.changes());
            changes.put("motivo", confirmation.reason() != null && !confirmation.reason().isBlank()
                    ? confirmation.reason().trim() : "Datos que el registro no tenía, aportados al registrar");
            audit.changed(actor, AuditAction.CHANGED, Subjects.child(childId, programId), "audit.child.corrected",
                    changes);
        }
        if (!identified.keptDespite().isEmpty()) {
            Map<String, Object> kept = new LinkedHashMap<>();
            for (IdentityDifference difference : identified.keptDespite()) {
                kept.put(AUDIT_FIELDS.getOrDefault(difference.field(), difference.field()),
                        "Se mantuvo «" + difference.registered() + "»; se había escrito «" + difference.typed() + "»");
            }
            audit.changed(actor, AuditAction.CHANGED, Subjects.child(childId, programId), "audit.child.identityKept",
                    kept);
        }
        return identified;
    }
}

package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildIdentity;
import cl.circuito.children.ChildRegistry;
import cl.circuito.children.IdentityChange;
import cl.circuito.children.Rut;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.Events;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.REASON;

/**
 * Correcting a child's identity from one of their entries: whoever may register referrals in the
 * program may fix a typo or add the RUT that arrived later. Every correction is audited field by field with its
 * reason, which is required ({@link Rectification}).
 */
@Service
public class ChildCorrections {

    private final EntryAccess access;
    private final ChildRegistry children;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ChildCorrections(EntryAccess access, ChildRegistry children, Deadlines deadlines, AuditTrail audit,
                     ApplicationEventPublisher events) {
        this.access = access;
        this.children = children;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public List<IdentityChange> correct(Actor actor, UUID entryId, String rut, String givenNames,
                                       String paternalSurname, String maternalSurname, LocalDate birthDate,
                                       String reason) {
        actor.require(Permission.REGISTER_REFERRALS);
        WaitingListEntry entry = access.load(actor, entryId);
        if (givenNames == null || givenNames.isBlank()) {
            throw EntryRuleViolation.invalid("givenNames", "error.entry.textRequired");
        }
        if (paternalSurname == null || paternalSurname.isBlank()) {
            throw EntryRuleViolation.invalid("paternalSurname", "error.entry.textRequired");
        }
        if (birthDate != null && birthDate.isAfter(deadlines.today())) {
            throw EntryRuleViolation.invalid("birthDate", "error.entry.dateInFuture");
        }
        String why = Rectification.reason(reason, "reason");
        Rut parsed = rut == null || rut.isBlank() ? null : Rut.parse(rut);
        List<IdentityChange> changes = children.correct(entry.childId(),
                new ChildIdentity(parsed, givenNames, paternalSurname, maternalSurname, birthDate));
        if (!changes.isEmpty()) {
            audit.changed(actor, AuditAction.CHANGED, Subjects.child(entry.childId(), entry.programId()),
                    "audit.child.corrected", ChildIdentification.changed(changes).with(REASON, why));
            // The oficios drafted about the child name them: they follow the correction.
            events.publishEvent(new Events.ChildCorrected(entryId, entry.programId(), entry.childId()));
        }
        return changes;
    }
}

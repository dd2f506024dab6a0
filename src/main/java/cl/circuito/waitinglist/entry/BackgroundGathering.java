package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ACTION;
import static cl.circuito.audit.AuditField.DATE;
import static cl.circuito.audit.AuditField.FILE;
import static cl.circuito.audit.AuditField.NOTES;
import static cl.circuito.audit.AuditField.PERFORMED_BY;

/**
 * Gathering background before the decision: actions logged on the timeline (judicial platform review,
 * requests to third parties, home visits, other) and further documents.
 */
@Service
public class BackgroundGathering {

    private final EntryAccess access;
    private final WaitingListEntries entries;
    private final Attachments attachments;
    private final AttachmentContents contents;
    private final AttachmentPolicy policy;
    private final UserAdministration users;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;

    BackgroundGathering(EntryAccess access, WaitingListEntries entries, Attachments attachments,
                        AttachmentContents contents, AttachmentPolicy policy, UserAdministration users,
                        Deadlines deadlines, AuditTrail audit, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.attachments = attachments;
        this.contents = contents;
        this.policy = policy;
        this.users = users;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param performedBy the program's staff member who did it; null means the actor
     */
    @Transactional
    public EntryEvent recordAction(Actor actor, UUID entryId, BackgroundActionKind kind, LocalDate performedOn,
                                   UUID performedBy, String notes) {
        actor.require(Permission.GATHER_BACKGROUND);
        WaitingListEntry entry = access.load(actor, entryId);
        if (kind == null) {
            throw EntryRuleViolation.invalid("actionKind", "error.entry.choiceRequired");
        }
        Staff who = performedBy == null || performedBy.equals(actor.userId()) ? Staff.of(actor)
                : users.staffOf(entry.programId()).stream()
                .filter(member -> member.userId().equals(performedBy))
                .findFirst()
                .map(member -> new Staff(member.userId(), member.fullName()))
                .orElseThrow(() -> EntryRuleViolation.invalid("performedBy", "error.entry.notStaff"));
        EntryEvent event = entry.recordBackgroundAction(kind, performedOn, who, notes, deadlines.today(),
                Staff.of(actor), clock.instant());
        audit.changed(actor, AuditAction.CHANGED, Subjects.entry(entry), "audit.entry.backgroundAction",
                AuditDetails.of(ACTION, kind).with(DATE, performedOn).with(PERFORMED_BY, who.name())
                        .with(NOTES, notes));
        entries.save(entry);
        return event;
    }

    @Transactional
    public List<Attachment> attach(Actor actor, UUID entryId, List<IncomingFile> files) {
        actor.require(Permission.GATHER_BACKGROUND);
        WaitingListEntry entry = access.load(actor, entryId);
        if (files.isEmpty()) {
            throw EntryRuleViolation.invalid("attachments", "error.attachment.empty");
        }
        List<AttachmentPolicy.Checked> checked = files.stream().map(policy::check).toList();
        Staff staff = Staff.of(actor);
        Instant now = clock.instant();
        List<Attachment> saved = checked.stream().map(file -> {
            Attachment attachment = attachments.save(new Attachment(entry.id(), file, staff, now));
            contents.save(new AttachmentContent(attachment.id(), file.bytes()));
            entry.attachmentAdded(file.fileName(), deadlines.today(), staff, now);
            audit.changed(actor, AuditAction.CREATED, Subjects.entry(entry), "audit.attachment.added",
                    AuditDetails.of(FILE, file.fileName()));
            return attachment;
        }).toList();
        entries.save(entry);
        return saved;
    }
}

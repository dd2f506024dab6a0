package cl.circuito.waitinglist.entry;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The entry capability's part of disposing of an entry (the retention capability decides when and audits it): the
 * family's contact and the attached documents with their content are deleted — nothing of them is a figure — and
 * the entry itself is anonymised by its own verb ({@link WaitingListEntry#dispose}).
 */
@Component
public class EntryDisposal {

    private final WaitingListEntries entries;
    private final EntryContacts contacts;
    private final Attachments attachments;
    private final AttachmentContents contents;

    EntryDisposal(WaitingListEntries entries, EntryContacts contacts, Attachments attachments,
                  AttachmentContents contents) {
        this.entries = entries;
        this.contacts = contacts;
        this.attachments = attachments;
        this.contents = contents;
    }

    /** @return how many attached documents were deleted, for the audit trail */
    public int dispose(WaitingListEntry entry, LocalDate on) {
        entry.dispose(on);
        contacts.findById(entry.id()).ifPresent(contacts::delete);
        List<Attachment> attached = attachments.findByEntryIdOrderByUploadedAtAsc(entry.id());
        contents.deleteAllByIdInBatch(attached.stream().map(Attachment::id).toList());
        attachments.deleteAllInBatch(attached);
        entries.save(entry);
        return attached.size();
    }
}

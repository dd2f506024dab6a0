package cl.circuito.waitinglist.entry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of an attachment, loaded only when someone downloads it. */
@Entity
@Table(name = "entry_attachment_content")
public class AttachmentContent {

    @Id
    private UUID attachmentId;
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}

package cl.circuito.waitinglist.entry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A document that came with the referral (e.g. the court's resolution). Its bytes live apart. */
@Entity
@Table(name = "entry_attachment")
public class Attachment {

    @Id
    private UUID id;
    private UUID entryId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;
    private UUID uploadedBy;
    private String uploadedByName;

    protected Attachment() {
    }

    Attachment(UUID entryId, AttachmentPolicy.Checked file, Staff actor, Instant now) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.bytes().length;
        this.sha256 = file.sha256();
        this.uploadedAt = now;
        this.uploadedBy = actor.id();
        this.uploadedByName = actor.name();
    }

    public UUID id() {
        return id;
    }

    public UUID entryId() {
        return entryId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedByName() {
        return uploadedByName;
    }
}

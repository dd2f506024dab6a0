package cl.circuito.letters.drafting;

import java.util.UUID;

/** The PDF as issued, byte for byte. */
@jakarta.persistence.Entity
@jakarta.persistence.Table(name = "letter_pdf")
class LetterPdf {

    @jakarta.persistence.Id
    private UUID letterId;
    private byte[] content;
    private String sha256;
    private long sizeBytes;
    private java.time.Instant createdAt;

    protected LetterPdf() {
    }

    LetterPdf(UUID letterId, byte[] content, String sha256, java.time.Instant createdAt) {
        this.letterId = letterId;
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.createdAt = createdAt;
    }

    UUID letterId() {
        return letterId;
    }

    byte[] content() {
        return content;
    }

    String sha256() {
        return sha256;
    }
}

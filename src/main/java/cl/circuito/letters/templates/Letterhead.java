package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.shared.Versions;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An institution's letterhead: its logo and the lines printed under it and at the foot of each letter.
 * The logo is kept in the database and only ever leaves it inside a PDF (as a data: URI).
 */
@Entity
@Table(name = "letterhead")
public class Letterhead {

    /** Logos are small images; a larger file is surely a mistake (a scanned page). */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    @Id
    private UUID institutionId;
    @Version
    private long version;
    private byte[] logo;
    private String logoContentType;
    private String logoFileName;
    private String headerLines;
    private String footerLines;
    private Instant updatedAt;
    private String updatedByName;

    protected Letterhead() {
    }

    static Letterhead of(UUID institutionId) {
        Letterhead letterhead = new Letterhead();
        letterhead.institutionId = institutionId;
        return letterhead;
    }

    void describe(String headerLines, String footerLines, String byName, Instant now) {
        this.headerLines = blankToNull(headerLines);
        this.footerLines = blankToNull(footerLines);
        touch(byName, now);
    }

    /** Only PNG and JPEG: what the PDF renderer draws and what an admin has at hand. */
    void replaceLogo(String fileName, String contentType, byte[] content, String byName, Instant now) {
        if (content == null || content.length == 0) {
            throw LetterRuleViolation.invalid("logo", "letters.error.logo.empty");
        }
        if (content.length > MAX_LOGO_BYTES) {
            throw LetterRuleViolation.invalid("logo", "letters.error.logo.tooLarge", MAX_LOGO_BYTES / 1024);
        }
        if (!"image/png".equals(contentType) && !"image/jpeg".equals(contentType)) {
            throw LetterRuleViolation.invalid("logo", "letters.error.logo.type");
        }
        this.logo = content;
        this.logoContentType = contentType;
        this.logoFileName = fileName;
        touch(byName, now);
    }

    void removeLogo(String byName, Instant now) {
        this.logo = null;
        this.logoContentType = null;
        this.logoFileName = null;
        touch(byName, now);
    }

    void requireVersion(Long expected) {
        Versions.require(version, expected, "letters.error.changedMeanwhile");
    }

    private void touch(String byName, Instant now) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The logo as a data: URI for the PDF's {@code <img>}, or null when there is none. */
    public String logoDataUri() {
        return logo == null ? null : "data:" + logoContentType + ";base64," + Base64.getEncoder().encodeToString(logo);
    }

    /** The logo's bytes, for the administrator's own page (never a public URL); null when there is none. */
    byte[] logoContent() {
        return logo;
    }

    String logoContentType() {
        return logoContentType;
    }

    public UUID institutionId() {
        return institutionId;
    }

    public long version() {
        return version;
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public String logoFileName() {
        return logoFileName;
    }

    public String headerLines() {
        return headerLines;
    }

    public String footerLines() {
        return footerLines;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}

package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterRuleViolation;
import cl.circuito.shared.documents.PaperSize;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** What a program decides about its letters; a program that never set them gets the defaults. */
@Entity
@Table(name = "letter_settings")
public class LetterSettings {

    public static final PaperSize DEFAULT_PAPER = PaperSize.A4;
    /** A month's move of the estimated date is worth telling the court; smaller moves are noise. */
    public static final int DEFAULT_THRESHOLD_DAYS = 30;
    public static final int MAX_THRESHOLD_DAYS = 365;

    @Id
    private UUID programId;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private PaperSize paperSize;
    private int estimateThresholdDays;
    @Enumerated(EnumType.STRING)
    private BatchMode batchMode;
    private String city;
    private Instant updatedAt;
    private String updatedByName;

    protected LetterSettings() {
    }

    /** The defaults, not yet saved. */
    public static LetterSettings defaultsFor(UUID programId) {
        LetterSettings settings = new LetterSettings();
        settings.programId = programId;
        settings.paperSize = DEFAULT_PAPER;
        settings.estimateThresholdDays = DEFAULT_THRESHOLD_DAYS;
        settings.batchMode = BatchMode.PER_COURT;
        return settings;
    }

    public void change(PaperSize paperSize, Integer thresholdDays, BatchMode batchMode, String city, String byName,
                Instant now) {
        if (paperSize == null) {
            throw LetterRuleViolation.invalid("paperSize", "letters.error.required.paperSize");
        }
        if (batchMode == null) {
            throw LetterRuleViolation.invalid("batchMode", "letters.error.required.batchMode");
        }
        if (thresholdDays == null || thresholdDays < 0 || thresholdDays > MAX_THRESHOLD_DAYS) {
            throw LetterRuleViolation.invalid("estimateThresholdDays", "letters.error.threshold", MAX_THRESHOLD_DAYS);
        }
        this.paperSize = paperSize;
        this.estimateThresholdDays = thresholdDays;
        this.batchMode = batchMode;
        this.city = city == null || city.isBlank() ? null : city.strip();
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** Whether moving an estimated date by this many days (either way) calls for an update letter. */
    public boolean worthAnUpdate(long daysMoved) {
        return Math.abs(daysMoved) >= Math.max(1, estimateThresholdDays);
    }

    public UUID programId() {
        return programId;
    }

    public long version() {
        return version;
    }

    public PaperSize paperSize() {
        return paperSize;
    }

    public int estimateThresholdDays() {
        return estimateThresholdDays;
    }

    public BatchMode batchMode() {
        return batchMode;
    }

    /** Where letters are signed; null means the program's comuna. */
    public String city() {
        return city;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}

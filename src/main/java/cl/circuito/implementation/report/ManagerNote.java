package cl.circuito.implementation.report;

import cl.circuito.implementation.scorecards.ImplementationRuleViolation;
import cl.circuito.implementation.scorecards.ReportScope;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The managers' own words for a year's report: the territorial manager's for her region, the national team's for
 * the country (region null). One per year and scope; each text optional, the report says what the data says.
 */
@Entity
@Table(name = "implementation_note")
public class ManagerNote {

    static final int MAX_TEXT = 8000;

    @Id
    private UUID id;
    @Version
    private long version;
    private int year;
    private String regionCode;
    private String presentation;
    private String functioning;
    private String process;
    private String conclusions;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    protected ManagerNote() {
    }

    /** The four texts, in the report's order. */
    public record Content(String presentation, String functioning, String process, String conclusions) {
    }

    static ManagerNote write(int year, String regionCode, Content content, String byName, Instant now) {
        ManagerNote note = new ManagerNote();
        note.id = UUID.randomUUID();
        note.year = year;
        note.regionCode = regionCode;
        note.createdAt = now;
        note.createdByName = byName;
        note.revise(content, byName, now);
        return note;
    }

    void revise(Content content, String byName, Instant now) {
        this.presentation = text("presentation", content.presentation());
        this.functioning = text("functioning", content.functioning());
        this.process = text("process", content.process());
        this.conclusions = text("conclusions", content.conclusions());
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw ImplementationRuleViolation.invalid(field, "reflections.error.tooLong", MAX_TEXT);
        }
        return value.strip();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public int year() {
        return year;
    }

    public String regionCode() {
        return regionCode;
    }

    ManagerNoteView view(ReportScope scope, boolean writable) {
        return new ManagerNoteView(scope, year, version, writable, presentation, functioning, process, conclusions,
                createdByName, createdAt, updatedByName, updatedAt);
    }
}

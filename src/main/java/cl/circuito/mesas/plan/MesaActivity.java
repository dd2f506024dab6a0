package cl.circuito.mesas.plan;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaRuleViolation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An outreach (difusión) or training activity of a Mesa: what, for whom, when, where, and who took part. */
@Entity
@Table(name = "mesa_activity")
public class MesaActivity {

    public static final int MAX_TITLE = 300;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private String title;
    private String audience;
    private LocalDate heldOn;
    private String place;
    private Integer participantsCount;
    private String participantsDescription;
    private UUID responsibleMemberId;
    private String description;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    protected MesaActivity() {
    }

    public record Details(ActivityKind kind, String title, String audience, LocalDate heldOn, String place,
                          Integer participantsCount, String participantsDescription, UUID responsibleMemberId,
                          String description) {
    }

    static MesaActivity record(Mesa mesa, Details details, String byName, Instant now) {
        MesaActivity activity = new MesaActivity();
        activity.id = UUID.randomUUID();
        activity.mesaId = mesa.id();
        activity.createdAt = now;
        activity.createdByName = byName;
        activity.change(mesa, details, byName, now);
        return activity;
    }

    void change(Mesa mesa, Details d, String byName, Instant now) {
        if (d.kind() == null) {
            throw MesaRuleViolation.invalid("kind", "mesamembers.error.required.activityKind");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw MesaRuleViolation.invalid("title", "mesamembers.error.required.activityTitle");
        }
        if (d.title().strip().length() > MAX_TITLE) {
            throw MesaRuleViolation.invalid("title", "mesas.error.tooLong", MAX_TITLE);
        }
        if (d.heldOn() == null) {
            throw MesaRuleViolation.invalid("heldOn", "mesamembers.error.required.activityDate");
        }
        mesa.requireFounded(d.heldOn(), "heldOn");
        if (d.participantsCount() != null && (d.participantsCount() < 0 || d.participantsCount() > 100000)) {
            throw MesaRuleViolation.invalid("participantsCount", "mesamembers.error.participantsCount");
        }
        requireLength("audience", d.audience(), 300);
        requireLength("place", d.place(), 300);
        requireLength("participantsDescription", d.participantsDescription(), 1000);
        requireLength("description", d.description(), 2000);
        this.kind = d.kind();
        this.title = d.title().strip();
        this.audience = blankToNull(d.audience());
        this.heldOn = d.heldOn();
        this.place = blankToNull(d.place());
        this.participantsCount = d.participantsCount();
        this.participantsDescription = blankToNull(d.participantsDescription());
        this.responsibleMemberId = d.responsibleMemberId();
        this.description = blankToNull(d.description());
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw MesaRuleViolation.invalid(field, "mesas.error.tooLong", max);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID mesaId() {
        return mesaId;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String audience() {
        return audience;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public Integer participantsCount() {
        return participantsCount;
    }

    public String participantsDescription() {
        return participantsDescription;
    }

    public UUID responsibleMemberId() {
        return responsibleMemberId;
    }

    public String description() {
        return description;
    }
}

package cl.circuito.mesas.mesa;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.Frequency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The Mesa de Gestión de Casos of a comuna: installed on its founding date, meeting with a frequency at a
 * usual place. Its members (and which of them co-facilitate) are {@link MesaMember}s.
 */
@Entity
@Table(name = "mesa")
public class Mesa {

    public static final int MAX_NAME = 200;
    public static final int MAX_PLACE = 300;

    @Id
    private UUID id;
    @Version
    private long version;
    private String comunaCode;
    private String name;
    private LocalDate foundedOn;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    private Integer customIntervalDays;
    private String usualPlace;
    private LocalTime usualStartsAt;
    private LocalTime usualEndsAt;
    private boolean active;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    protected Mesa() {
    }

    /** What the co-facilitators (or the admin, when founding it) set about the Mesa. */
    public record Settings(String name, LocalDate foundedOn, Frequency frequency, Integer customIntervalDays,
                           String usualPlace, LocalTime usualStartsAt, LocalTime usualEndsAt) {
    }

    static Mesa found(String comunaCode, Settings settings, String byName, Instant now) {
        Mesa mesa = new Mesa();
        mesa.id = UUID.randomUUID();
        mesa.comunaCode = comunaCode;
        mesa.active = true;
        mesa.createdAt = now;
        mesa.createdByName = byName;
        mesa.apply(settings, byName, now);
        return mesa;
    }

    /**
     * Changes the settings. {@code firstSessionOn} is the date of the Mesa's earliest session (null if none):
     * the founding date cannot move after it.
     */
    void change(Settings settings, LocalDate firstSessionOn, String byName, Instant now) {
        if (firstSessionOn != null && settings.foundedOn() != null && settings.foundedOn().isAfter(firstSessionOn)) {
            throw MesaRuleViolation.invalid("foundedOn", "mesas.error.foundedAfterSessions", ChileanDates.day(firstSessionOn));
        }
        apply(settings, byName, now);
    }

    private void apply(Settings s, String byName, Instant now) {
        if (s.name() == null || s.name().isBlank()) {
            throw MesaRuleViolation.invalid("name", "mesas.error.required.name");
        }
        if (s.name().strip().length() > MAX_NAME) {
            throw MesaRuleViolation.invalid("name", "mesas.error.tooLong", MAX_NAME);
        }
        if (s.foundedOn() == null) {
            throw MesaRuleViolation.invalid("foundedOn", "mesas.error.required.foundedOn");
        }
        if (s.frequency() == null) {
            throw MesaRuleViolation.invalid("frequency", "mesas.error.required.frequency");
        }
        if (s.customIntervalDays() != null && (s.customIntervalDays() < 1 || s.customIntervalDays() > 366)) {
            throw MesaRuleViolation.invalid("customIntervalDays", "mesas.error.intervalRange");
        }
        if (s.usualPlace() != null && s.usualPlace().strip().length() > MAX_PLACE) {
            throw MesaRuleViolation.invalid("usualPlace", "mesas.error.tooLong", MAX_PLACE);
        }
        if (s.usualStartsAt() != null && s.usualEndsAt() != null && !s.usualEndsAt().isAfter(s.usualStartsAt())) {
            throw MesaRuleViolation.invalid("usualEndsAt", "mesas.error.endBeforeStart");
        }
        this.name = s.name().strip();
        this.foundedOn = s.foundedOn();
        this.frequency = s.frequency();
        this.customIntervalDays = s.frequency() == Frequency.CUSTOM ? s.customIntervalDays() : null;
        this.usualPlace = s.usualPlace() == null || s.usualPlace().isBlank() ? null : s.usualPlace().strip();
        this.usualStartsAt = s.usualStartsAt();
        this.usualEndsAt = s.usualEndsAt();
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** Sessions are held from the founding on: an earlier date is refused on {@code field}. */
    public void requireFounded(LocalDate date, String field) {
        if (date.isBefore(foundedOn)) {
            throw MesaRuleViolation.invalid(field, "mesas.error.beforeFounding", ChileanDates.day(foundedOn));
        }
    }

    /** The date the frequency proposes after {@code last}; null when the Mesa dates its sessions by hand. */
    public LocalDate proposedAfter(LocalDate last) {
        return frequency.after(last, customIntervalDays);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String comunaCode() {
        return comunaCode;
    }

    public String name() {
        return name;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public Frequency frequency() {
        return frequency;
    }

    public Integer customIntervalDays() {
        return customIntervalDays;
    }

    public String usualPlace() {
        return usualPlace;
    }

    public LocalTime usualStartsAt() {
        return usualStartsAt;
    }

    public LocalTime usualEndsAt() {
        return usualEndsAt;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}

package cl.circuito.implementation.reflections;

import cl.circuito.implementation.scorecards.ImplementationRuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A Mesa's reflection on one semester of its process: which of the source's facilitators (inside and outside
 * the Mesa), risks and achievements apply, with free text under each heading. One per Mesa and semester.
 */
@Entity
@Table(name = "mesa_reflection")
public class Reflection {

    static final int MAX_NOTES = 4000;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private int year;
    private int semester;
    private String aspects;
    private String intraNotes;
    private String extraNotes;
    private String riskNotes;
    private String achievementNotes;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    protected Reflection() {
    }

    /** What a writer says about the semester: the ticked aspects and a text per heading (each optional). */
    public record Content(Set<ReflectionAspect> aspects, String intraNotes, String extraNotes, String riskNotes,
                          String achievementNotes) {
        public Content {
            aspects = aspects == null || aspects.isEmpty() ? Set.of() : Set.copyOf(aspects);
        }
    }

    /**
     * A semester may be reflected on once it has begun, and not before the Mesa's founding semester.
     * {@code year} is checked first, so the error sits on the field that is wrong.
     */
    static void requireReflectable(int year, int semester, LocalDate foundedOn, LocalDate today) {
        if (semester != 1 && semester != 2) {
            throw ImplementationRuleViolation.invalid("semester", "reflections.error.semester");
        }
        if (year > today.getYear()) {
            throw ImplementationRuleViolation.invalid("year", "reflections.error.future");
        }
        if (year < foundedOn.getYear()) {
            throw ImplementationRuleViolation.invalid("year", "reflections.error.beforeFounding", String.valueOf(foundedOn.getYear()));
        }
        if (startOf(year, semester).isAfter(today)) {
            throw ImplementationRuleViolation.invalid("semester", "reflections.error.future");
        }
        if (endOf(year, semester).isBefore(foundedOn)) {
            throw ImplementationRuleViolation.invalid("semester", "reflections.error.beforeFounding", String.valueOf(foundedOn.getYear()));
        }
    }

    static LocalDate startOf(int year, int semester) {
        return LocalDate.of(year, semester == 1 ? 1 : 7, 1);
    }

    static LocalDate endOf(int year, int semester) {
        return semester == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    static Reflection write(UUID mesaId, int year, int semester, LocalDate foundedOn, LocalDate today, Content content,
                            String byName, Instant now) {
        requireReflectable(year, semester, foundedOn, today);
        Reflection reflection = new Reflection();
        reflection.id = UUID.randomUUID();
        reflection.mesaId = mesaId;
        reflection.year = year;
        reflection.semester = semester;
        reflection.createdAt = now;
        reflection.createdByName = byName;
        reflection.revise(content, byName, now);
        return reflection;
    }

    void revise(Content content, String byName, Instant now) {
        this.intraNotes = notes("intraNotes", content.intraNotes());
        this.extraNotes = notes("extraNotes", content.extraNotes());
        this.riskNotes = notes("riskNotes", content.riskNotes());
        this.achievementNotes = notes("achievementNotes", content.achievementNotes());
        if (content.aspects().isEmpty() && intraNotes == null && extraNotes == null && riskNotes == null
                && achievementNotes == null) {
            throw ImplementationRuleViolation.invalid("aspects", "reflections.error.empty");
        }
        this.aspects = join(content.aspects());
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    private static String notes(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_NOTES) {
            throw ImplementationRuleViolation.invalid(field, "reflections.error.tooLong", MAX_NOTES);
        }
        return value.strip();
    }

    /** In the enum's order, so the stored text and what is shown never depend on how the form sent them. */
    static String join(Set<ReflectionAspect> aspects) {
        return Arrays.stream(ReflectionAspect.values()).filter(aspects::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    static List<ReflectionAspect> split(String aspects) {
        if (aspects == null || aspects.isBlank()) {
            return List.of();
        }
        Set<ReflectionAspect> set = EnumSet.noneOf(ReflectionAspect.class);
        for (String name : aspects.split(",")) {
            set.add(ReflectionAspect.valueOf(name.strip()));
        }
        return List.copyOf(set);
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

    public int year() {
        return year;
    }

    public int semester() {
        return semester;
    }

    public List<ReflectionAspect> aspects() {
        return split(aspects);
    }

    public String intraNotes() {
        return intraNotes;
    }

    public String extraNotes() {
        return extraNotes;
    }

    public String riskNotes() {
        return riskNotes;
    }

    public String achievementNotes() {
        return achievementNotes;
    }
}

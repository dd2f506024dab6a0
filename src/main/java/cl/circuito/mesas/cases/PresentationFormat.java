package cl.circuito.mesas.cases;

import cl.circuito.mesas.mesa.MesaRuleViolation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * How a case is presented to a Mesa: ordered sections, one of them the question for the Mesa. The national
 * 24 Horas format is seeded and read-only; a Mesa's co-facilitators copy it and make their own. Reviews keep
 * the labels they were answered under, so revising a format never rewrites a past review.
 */
@Entity
@Table(name = "mesa_presentation_format")
public class PresentationFormat {

    public static final int MAX_NAME = 200;
    public static final int MAX_LABEL = 200;
    public static final int MAX_HELP = 1000;
    public static final int MAX_SECTIONS = 20;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private boolean national;
    private String name;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "format_id", nullable = false)
    @OrderBy("position")
    private List<PresentationSection> sections = new ArrayList<>();

    protected PresentationFormat() {
    }

    /** A section as the co-facilitators write it. */
    public record SectionDraft(String label, String help, boolean required, boolean question) {
    }

    /** A Mesa's own format, starting as a copy of {@code source} (normally the national one). */
    static PresentationFormat copyFor(UUID mesaId, PresentationFormat source, String name, String byName, Instant now) {
        PresentationFormat format = new PresentationFormat();
        format.id = UUID.randomUUID();
        format.mesaId = mesaId;
        format.national = false;
        format.createdAt = now;
        format.createdByName = byName;
        format.revise(name, source.sections.stream()
                .map(s -> new SectionDraft(s.label(), s.help(), s.required(), s.question())).toList(), byName, now);
        return format;
    }

    /** Renames it and replaces its sections, in the given order. Exactly one section asks the question. */
    void revise(String name, List<SectionDraft> drafts, String byName, Instant now) {
        if (national) {
            throw MesaRuleViolation.conflict("mesacases.error.format.national");
        }
        if (name == null || name.isBlank()) {
            throw MesaRuleViolation.invalid("name", "mesacases.error.format.name");
        }
        if (name.strip().length() > MAX_NAME) {
            throw MesaRuleViolation.invalid("name", "mesas.error.tooLong", MAX_NAME);
        }
        if (drafts == null || drafts.isEmpty()) {
            throw MesaRuleViolation.invalid("sections", "mesacases.error.format.noSections");
        }
        if (drafts.size() > MAX_SECTIONS) {
            throw MesaRuleViolation.invalid("sections", "mesacases.error.format.tooManySections", MAX_SECTIONS);
        }
        if (drafts.stream().filter(SectionDraft::question).count() != 1) {
            throw MesaRuleViolation.invalid("sections", "mesacases.error.format.oneQuestion");
        }
        List<PresentationSection> revised = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SectionDraft draft = drafts.get(i);
            if (draft.label() == null || draft.label().isBlank()) {
                throw MesaRuleViolation.invalid("sections[" + i + "].label", "mesacases.error.format.label");
            }
            if (draft.label().strip().length() > MAX_LABEL) {
                throw MesaRuleViolation.invalid("sections[" + i + "].label", "mesas.error.tooLong", MAX_LABEL);
            }
            if (draft.help() != null && draft.help().strip().length() > MAX_HELP) {
                throw MesaRuleViolation.invalid("sections[" + i + "].help", "mesas.error.tooLong", MAX_HELP);
            }
            revised.add(new PresentationSection(UUID.randomUUID(), i, draft.label().strip(),
                    draft.help() == null || draft.help().isBlank() ? null : draft.help().strip(),
                    draft.required() || draft.question(), draft.question()));
        }
        // Replaced whole, with new ids: Hibernate inserts before it deletes, so a reused id would collide.
        sections.clear();
        sections.addAll(revised);
        this.name = name.strip();
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** Whether the Mesa may present with it: the national one, or its own. */
    public boolean usableBy(UUID mesaId) {
        return national || mesaId.equals(this.mesaId);
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

    public boolean national() {
        return national;
    }

    public String name() {
        return name;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }

    public List<PresentationSection> sections() {
        return Collections.unmodifiableList(sections);
    }
}

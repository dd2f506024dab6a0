package cl.circuito.implementation.reflections;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reflection as pages, the API and the report show it: who wrote it and when, the aspects ticked and the texts. */
public record ReflectionView(UUID id, long version, UUID mesaId, int year, int semester, List<ReflectionAspect> aspects,
                             String intraNotes, String extraNotes, String riskNotes, String achievementNotes,
                             String createdByName, Instant createdAt, String updatedByName, Instant updatedAt) {

    public ReflectionView {
        aspects = List.copyOf(aspects);
    }

    public List<ReflectionAspect> under(ReflectionAspect.Heading heading) {
        return aspects.stream().filter(a -> a.heading() == heading).toList();
    }

    public String notes(ReflectionAspect.Heading heading) {
        switch (heading) {
            case INTRA:
                return intraNotes;
            case EXTRA:
                return extraNotes;
            case RISK:
                return riskNotes;
            default:
                return achievementNotes;
        }
    }

    /** Whether anything was said under the heading (a ticked aspect or a text). */
    public boolean says(ReflectionAspect.Heading heading) {
        return !under(heading).isEmpty() || notes(heading) != null;
    }

    public boolean changedAfterWriting() {
        return updatedAt != null && createdAt != null && updatedAt.isAfter(createdAt);
    }
}

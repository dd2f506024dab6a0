package cl.circuito.implementation.reflections;

import java.util.Arrays;
import java.util.List;

/**
 * The categories the minuta uses to reflect on a Mesa's process (IV.2, "Respecto del Proceso"), each under
 * one of the four headings. Labels: {@code reflections.aspect.<VALUE>}.
 */
public enum ReflectionAspect {
    CIRCUIT_COHESION(Heading.INTRA),
    COLLABORATIVE_RELATIONS(Heading.INTRA),
    PROACTIVITY(Heading.INTRA),
    CASE_ANALYSIS_RELIEVES(Heading.INTRA),
    HEALTH_CRISIS_AGREEMENT(Heading.EXTRA),
    FAMILY_COURT_AGREEMENT(Heading.EXTRA),
    EDUCATION_INCLUSION_AGREEMENT(Heading.EXTRA),
    PROFESSIONAL_TURNOVER(Heading.RISK),
    DIFFERING_APPROACHES(Heading.RISK),
    JUDGMENTAL_PRACTICES(Heading.RISK),
    PLACES_BELOW_DEMAND(Heading.RISK),
    SECTOR_PROTOCOL(Heading.ACHIEVEMENT),
    INTERSECTOR_TIES(Heading.ACHIEVEMENT),
    NETWORK_AND_CASES_INTEGRATED(Heading.ACHIEVEMENT);

    /** Facilitators inside the Mesa, outside it, risks, achievements. Labels: {@code reflections.heading.<VALUE>}. */
    public enum Heading {
        INTRA, EXTRA, RISK, ACHIEVEMENT;

        // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
        public boolean isExtra() {
            return this == EXTRA;
        }

        public boolean isIntra() {
            return this == INTRA;
        }

        public boolean isRisk() {
            return this == RISK;
        }
    }

    private final Heading heading;

    ReflectionAspect(Heading heading) {
        this.heading = heading;
    }

    public Heading heading() {
        return heading;
    }

    public static List<ReflectionAspect> under(Heading heading) {
        return Arrays.stream(values()).filter(a -> a.heading == heading).toList();
    }
}

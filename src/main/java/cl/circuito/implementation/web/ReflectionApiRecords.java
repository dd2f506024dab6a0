package cl.circuito.implementation.web;

import cl.circuito.implementation.report.ManagerNoteView;
import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JSON answers of reflections and managers' notes, mapped by hand; what a client sends is in
 * {@link ReflectionInputs}.
 */
final class ReflectionApiRecords {

    private ReflectionApiRecords() {
    }

    record ReflectionResponse(UUID id, long version, UUID mesaId, int year, int semester,
                              List<ReflectionAspect> intraFacilitators, List<ReflectionAspect> extraFacilitators,
                              List<ReflectionAspect> risks, List<ReflectionAspect> achievements, String intraNotes,
                              String extraNotes, String riskNotes, String achievementNotes, String createdByName,
                              Instant createdAt, String updatedByName, Instant updatedAt) {

        static ReflectionResponse of(ReflectionView r) {
            return new ReflectionResponse(r.id(), r.version(), r.mesaId(), r.year(), r.semester(),
                    r.under(ReflectionAspect.Heading.INTRA), r.under(ReflectionAspect.Heading.EXTRA),
                    r.under(ReflectionAspect.Heading.RISK), r.under(ReflectionAspect.Heading.ACHIEVEMENT),
                    r.intraNotes(), r.extraNotes(), r.riskNotes(), r.achievementNotes(), r.createdByName(),
                    r.createdAt(), r.updatedByName(), r.updatedAt());
        }
    }

    /** {@code regionCode} null: the national notes. */
    record NotesResponse(int year, String regionCode, String scope, Long version, boolean writable,
                         String presentation, String functioning, String process, String conclusions,
                         String updatedByName, Instant updatedAt) {

        static NotesResponse of(ManagerNoteView n) {
            return new NotesResponse(n.year(), n.scope().regionCode(), n.scope().label(), n.version(), n.writable(),
                    n.presentation(), n.functioning(), n.process(), n.conclusions(), n.updatedByName(),
                    n.updatedAt());
        }
    }
}

package cl.circuito.implementation.web;

import cl.circuito.implementation.reflections.Reflection;
import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionView;
import cl.circuito.implementation.report.ManagerNote;
import cl.circuito.implementation.report.ManagerNoteView;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a co-facilitator or a manager writes about a Mesa's implementation, the same record for the pages' forms
 * ({@code @ModelAttribute}) and the API ({@code @RequestBody}). The rules live in the services, which name the field
 * they refuse; a RUT in a text is refused here, where it was typed.
 */
final class ReflectionInputs {

    private ReflectionInputs() {
    }

    /** {@code version}: null to write the semester's first reflection; the one read to change it. */
    record ReflectionInput(Long version, List<ReflectionAspect> aspects, @NoRut String intraNotes,
                           @NoRut String extraNotes, @NoRut String riskNotes, @NoRut String achievementNotes) {

        static ReflectionInput blank() {
            return new ReflectionInput(null, List.of(), null, null, null, null);
        }

        static ReflectionInput of(ReflectionView r) {
            return new ReflectionInput(r.version(), r.aspects(), r.intraNotes(), r.extraNotes(),
                    r.riskNotes(), r.achievementNotes());
        }

        Reflection.Content content() {
            Set<ReflectionAspect> set = aspects == null || aspects.isEmpty() ? Set.of() : EnumSet.copyOf(aspects);
            return new Reflection.Content(set, intraNotes, extraNotes, riskNotes, achievementNotes);
        }
    }

    /** {@code version}: null when no notes were written yet for the year and scope. */
    @Schema(name = "ManagerNotesInput")
    record NotesInput(Long version, @NoRut String presentation, @NoRut String functioning, @NoRut String process,
                      @NoRut String conclusions) {

        static NotesInput of(ManagerNoteView n) {
            return new NotesInput(n.version(), n.presentation(), n.functioning(), n.process(), n.conclusions());
        }

        ManagerNote.Content content() {
            return new ManagerNote.Content(presentation, functioning, process, conclusions);
        }
    }
}

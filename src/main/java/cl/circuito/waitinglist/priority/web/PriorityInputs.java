package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.priority.AssessmentView;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import cl.circuito.waitinglist.priority.PrioritySettingView;
import cl.circuito.waitinglist.priority.PrioritySettings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What a user sends to choose a program's guide or to apply it, the same record for the pages' forms
 * ({@code @ModelAttribute}) and the API ({@code @RequestBody}): the names are the API's, so the pages' fields carry
 * them too. Publishing an instrument and overriding a priority keep forms of their own ({@link PriorityForms}).
 */
final class PriorityInputs {

    private PriorityInputs() {
    }

    /** The cut's range is the instrument's, which the setting checks and names the field. */
    record PrioritySettingInput(
            @NotNull UUID instrumentId,
            @Schema(description = "Entre 1 y la cantidad de descriptores del instrumento") @NotNull Integer cut,
            @Schema(description = "Versión leída de la configuración; 409 si cambió") Long version) {

        /** The page's starting point: what the program applies now. */
        static PrioritySettingInput of(PrioritySettingView setting) {
            return new PrioritySettingInput(setting.instrument().id(), setting.cut(), setting.version());
        }

        PrioritySettingView chooseOn(PrioritySettings settings, Actor actor, UUID programId) {
            return settings.choose(actor, programId, version, instrumentId, cut);
        }
    }

    /**
     * The guide applied to a child: {@code answers[n]} is descriptor n's mark. That every descriptor is marked is the
     * instrument's to check, which names the ones left; none marked at all is refused here, the answers being
     * required.
     */
    @Schema(description = "Una aplicación de la pauta del programa: una respuesta por descriptor (todas obligatorias).")
    record PriorityAssessmentInput(
            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
            @Schema(description = "Número de descriptor → PRESENT (1), ABSENT (0) o NO_DATA (X)",
                    example = "{\"1\": \"PRESENT\", \"2\": \"ABSENT\", \"3\": \"NO_DATA\"}")
            @NotNull Map<Integer, PriorityAnswer> answers,
            @Size(max = 4000) @NoMarkup String notes,
            @Schema(description = "true: quita una modificación vigente de la prioridad; por defecto se conserva")
            Boolean removeOverride,
            @Schema(description = "Versión leída de la ficha; 409 si cambió") Long version) {

        /** The page's starting point: a re-assessment starts from the marks given before, if any. */
        static PriorityAssessmentInput startingOn(LocalDate today, long version, Map<Integer, PriorityAnswer> marks) {
            return new PriorityAssessmentInput(today, marks, null, false, version);
        }

        AssessmentView recordOn(PriorityAssessments assessments, Actor actor, UUID entryId) {
            return assessments.assess(actor, entryId, version, assessedOn, answers, notes,
                    Boolean.TRUE.equals(removeOverride));
        }
    }
}

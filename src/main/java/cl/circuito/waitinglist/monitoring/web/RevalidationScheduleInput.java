package cl.circuito.waitinglist.monitoring.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.monitoring.Revalidations;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The national team's re-validation schedule, the same record for the page's form (the set points typed as
 * "12, 26, 52") and the API's body; its rules are the service's, which names the field.
 */
@Schema(description = "Puntos de re-validación (semanas desde la recepción, ascendentes) y repetición posterior.")
record RevalidationScheduleInput(
        @Schema(description = "Ascendentes, entre 1 y 520; máximo 10", example = "[12, 26, 52]") List<Integer> setPointWeeks,
        @Schema(description = "Entre 4 y 104", example = "26") Integer repeatEveryWeeks,
        @Schema(description = "Versión leída; 409 si cambió") Long version) {

    Revalidations.Schedule applyOn(Revalidations revalidations, Actor actor) {
        return revalidations.changeSchedule(actor, setPointWeeks, repeatEveryWeeks, version);
    }
}

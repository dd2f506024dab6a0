package cl.circuito.mesas.plan.web;

import cl.circuito.mesas.plan.MesaOutreach;
import cl.circuito.mesas.plan.web.PlanApiRecords.ActivityResponse;
import cl.circuito.mesas.plan.web.PlanInputs.MesaActivityInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** A Mesa's outreach and training activities over JSON. */
@RestController
@Tag(name = "Difusión y capacitación de Mesas", description = "Actividades de difusión (instituciones, comunidad) y de capacitación")
@SecurityRequirement(name = "token")
class MesaActivitiesApi {

    private final CurrentActor currentActor;
    private final MesaOutreach outreach;

    MesaActivitiesApi(CurrentActor currentActor, MesaOutreach outreach) {
        this.currentActor = currentActor;
        this.outreach = outreach;
    }

    @Operation(summary = "Actividades de la Mesa", description = "year: las de ese año; sin él, todas. La más reciente primero.")
    @GetMapping("/api/v1/mesas/{mesaId}/activities")
    List<ActivityResponse> activities(@PathVariable UUID mesaId, @RequestParam(required = false) Integer year) {
        return outreach.activities(currentActor.get(), mesaId, year).stream().map(ActivityResponse::of).toList();
    }

    @Operation(summary = "Registrar una actividad", description = "Solo co-facilitadores (403); 422 nombrando el campo.")
    @PostMapping("/api/v1/mesas/{mesaId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityResponse record(@PathVariable UUID mesaId, @Valid @RequestBody MesaActivityInput input) {
        Actor actor = currentActor.get();
        UUID id = outreach.record(actor, mesaId, input.details()).id();
        return ActivityResponse.of(outreach.activity(actor, mesaId, id));
    }

    @Operation(summary = "Modificar una actividad", description = "409 si la versión no es la leída.")
    @PutMapping("/api/v1/mesas/{mesaId}/activities/{activityId}")
    ActivityResponse change(@PathVariable UUID mesaId, @PathVariable UUID activityId, @Valid @RequestBody MesaActivityInput input) {
        Actor actor = currentActor.get();
        outreach.change(actor, mesaId, activityId, input.version(), input.details());
        return ActivityResponse.of(outreach.activity(actor, mesaId, activityId));
    }
}

package cl.circuito.mesas.plan.web;

import cl.circuito.mesas.plan.MesaPlanning;
import cl.circuito.mesas.plan.web.PlanApiRecords.PlanResponse;
import cl.circuito.mesas.plan.web.PlanInputs.MesaPlanInput;
import cl.circuito.mesas.plan.web.PlanInputs.PlanActivityInput;
import cl.circuito.mesas.plan.web.PlanInputs.PlanObjectiveInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** A Mesa's plans over JSON. Every change answers the whole plan (with its new version and progress). */
@RestController
@Tag(name = "Planificación de Mesas", description = "Planes semestrales o anuales: objetivos, actividades (quién, cuándo, estado) y avance")
@SecurityRequirement(name = "token")
class MesaPlansApi {

    private final CurrentActor currentActor;
    private final MesaPlanning planning;

    MesaPlansApi(CurrentActor currentActor, MesaPlanning planning) {
        this.currentActor = currentActor;
        this.planning = planning;
    }

    @Operation(summary = "Planes de la Mesa", description = "El más reciente primero; progress: realizadas / no canceladas.")
    @GetMapping("/api/v1/mesas/{mesaId}/plans")
    List<PlanResponse> plans(@PathVariable UUID mesaId) {
        return planning.plans(currentActor.get(), mesaId).stream().map(PlanResponse::of).toList();
    }

    @GetMapping("/api/v1/mesas/{mesaId}/plans/{planId}")
    PlanResponse plan(@PathVariable UUID mesaId, @PathVariable UUID planId) {
        return PlanResponse.of(planning.plan(currentActor.get(), mesaId, planId));
    }

    @Operation(summary = "Crear un plan", description = "Solo co-facilitadores (403). Un plan por período (422 en periodKind).")
    @PostMapping("/api/v1/mesas/{mesaId}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    PlanResponse draw(@PathVariable UUID mesaId, @Valid @RequestBody MesaPlanInput input) {
        Actor actor = currentActor.get();
        return plan(mesaId, planning.draw(actor, mesaId, input.heading()).id());
    }

    @Operation(summary = "Cambiar período o título del plan")
    @PutMapping("/api/v1/mesas/{mesaId}/plans/{planId}")
    PlanResponse retitle(@PathVariable UUID mesaId, @PathVariable UUID planId, @Valid @RequestBody MesaPlanInput input) {
        planning.retitle(currentActor.get(), mesaId, planId, input.version(), input.heading());
        return plan(mesaId, planId);
    }

    @Operation(summary = "Agregar un objetivo", description = "version: la del plan.")
    @PostMapping("/api/v1/mesas/{mesaId}/plans/{planId}/objectives")
    @ResponseStatus(HttpStatus.CREATED)
    PlanResponse addObjective(@PathVariable UUID mesaId, @PathVariable UUID planId, @Valid @RequestBody PlanObjectiveInput input) {
        planning.addObjective(currentActor.get(), mesaId, planId, input.version(), input.text());
        return plan(mesaId, planId);
    }

    @PutMapping("/api/v1/mesas/{mesaId}/plans/{planId}/objectives/{objectiveId}")
    PlanResponse rewriteObjective(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID objectiveId,
                                  @Valid @RequestBody PlanObjectiveInput input) {
        planning.rewriteObjective(currentActor.get(), mesaId, planId, input.version(),
                objectiveId, input.text());
        return plan(mesaId, planId);
    }

    @Operation(summary = "Quitar un objetivo sin actividades", description = "Con actividades: 409 (cancélelas).")
    @DeleteMapping("/api/v1/mesas/{mesaId}/plans/{planId}/objectives/{objectiveId}")
    PlanResponse removeObjective(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID objectiveId,
                                 @RequestParam(required = false) Long version) {
        planning.removeObjective(currentActor.get(), mesaId, planId, version, objectiveId);
        return plan(mesaId, planId);
    }

    @Operation(summary = "Agregar una actividad a un objetivo", description = "La fecha planificada dentro del período del plan (422 en plannedOn).")
    @PostMapping("/api/v1/mesas/{mesaId}/plans/{planId}/objectives/{objectiveId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    PlanResponse addActivity(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID objectiveId,
                             @Valid @RequestBody PlanActivityInput input) {
        planning.addActivity(currentActor.get(), mesaId, planId, input.version(), objectiveId,
                input.details());
        return plan(mesaId, planId);
    }

    @Operation(summary = "Actualizar una actividad del plan", description = "status DONE necesita doneOn (422).")
    @PutMapping("/api/v1/mesas/{mesaId}/plans/{planId}/activities/{activityId}")
    PlanResponse changeActivity(@PathVariable UUID mesaId, @PathVariable UUID planId, @PathVariable UUID activityId,
                                @Valid @RequestBody PlanActivityInput input) {
        planning.changeActivity(currentActor.get(), mesaId, planId, input.version(), activityId,
                input.details());
        return plan(mesaId, planId);
    }
}

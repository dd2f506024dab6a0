package cl.circuito.waitinglist.targets.web;

import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.WaitTargets;
import cl.circuito.waitinglist.targets.web.TargetApiRecords.NationalTargetResponse;
import cl.circuito.waitinglist.targets.web.TargetApiRecords.ProgramTargetResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The wait targets over JSON: the same service as the pages, so the same rights, range and version rule. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Espera objetivo", description = "La espera objetivo en días hábiles desde la recepción hasta el ingreso: "
        + "la de la red (equipo nacional) y la propia de cada programa (su dirección)")
@SecurityRequirement(name = "token")
class WaitTargetApi {

    private final CurrentActor currentActor;
    private final WaitTargets targets;

    WaitTargetApi(CurrentActor currentActor, WaitTargets targets) {
        this.currentActor = currentActor;
        this.targets = targets;
    }

    @Operation(summary = "Espera objetivo de la red", description = "Rige para todo programa que no fijó la suya.")
    @GetMapping("/wait-target")
    NationalTargetResponse national() {
        return NationalTargetResponse.of(targets.national());
    }

    @Operation(summary = "Fijar la espera objetivo de la red", description = "Equipo nacional (403 si no). Entre 5 y 500 "
            + "días hábiles (422); con la versión leída (422 sin ella, 409 si cambió).")
    @PutMapping("/wait-target")
    NationalTargetResponse setNational(@Valid @RequestBody TargetInputs.NationalTargetInput input) {
        return NationalTargetResponse.of(input.setOn(targets, currentActor.get()));
    }

    @Operation(summary = "Espera objetivo de un programa", description = "La propia del programa o, si no tiene, la de "
            + "la red. 404 si el programa está fuera del alcance de quien pregunta.")
    @GetMapping("/programs/{programId}/wait-target")
    ProgramTargetResponse ofProgram(@PathVariable UUID programId) {
        return ProgramTargetResponse.of(programId, targets.ofProgram(currentActor.get(), programId));
    }

    @Operation(summary = "Fijar la espera objetivo de un programa", description = "Dirección del programa. businessDays "
            + "entre 5 y 500, o null para volver a la de la red. La primera vez sin versión; luego con la guardada "
            + "(422 sin ella, 409 si cambió).")
    @PutMapping("/programs/{programId}/wait-target")
    ProgramTargetResponse setForProgram(@PathVariable UUID programId,
                                        @Valid @RequestBody TargetInputs.ProgramTargetInput input) {
        return ProgramTargetResponse.of(programId, input.setOn(targets, currentActor.get(), programId));
    }
}

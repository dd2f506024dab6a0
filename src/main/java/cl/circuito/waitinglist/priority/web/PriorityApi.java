package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import cl.circuito.waitinglist.priority.PriorityInstruments;
import cl.circuito.waitinglist.priority.PrioritySettings;
import cl.circuito.waitinglist.priority.web.PriorityApiRecords.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The priority guide over JSON: instruments and versions, each program's setting, assessments and overrides. */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Pauta de priorización", description = "Instrumentos versionados (guía SENAME 2011 y otros), corte por programa, "
        + "aplicación de la pauta a NNA sujetos de atención y modificación de la prioridad con motivo")
@SecurityRequirement(name = "token")
class PriorityApi {

    private final CurrentActor currentActor;
    private final PriorityInstruments instruments;
    private final PrioritySettings settings;
    private final PriorityAssessments assessments;

    PriorityApi(CurrentActor currentActor, PriorityInstruments instruments, PrioritySettings settings,
                PriorityAssessments assessments) {
        this.currentActor = currentActor;
        this.instruments = instruments;
        this.settings = settings;
        this.assessments = assessments;
    }

    @Operation(summary = "Instrumentos de priorización", description = "Todas las versiones publicadas, la más nueva primero en cada código.")
    @GetMapping("/priority-instruments")
    List<InstrumentSummaryResponse> instruments() {
        return instruments.list().stream().map(InstrumentSummaryResponse::of).toList();
    }

    @Operation(summary = "Una versión de un instrumento, con sus grupos y descriptores numerados")
    @GetMapping("/priority-instruments/{instrumentId}")
    InstrumentResponse instrument(@PathVariable UUID instrumentId) {
        return InstrumentResponse.of(instruments.show(instrumentId));
    }

    @Operation(summary = "Publicar un instrumento nuevo (administración)", description = "Queda como versión 1; una versión publicada no se modifica. "
            + "422 si un grupo no tiene descriptores o el corte sugerido no está entre 1 y la cantidad de descriptores.")
    @PostMapping("/priority-instruments")
    @ResponseStatus(HttpStatus.CREATED)
    InstrumentResponse publish(@Valid @RequestBody PriorityInstrumentBody body) {
        return InstrumentResponse.of(instruments.publishNew(currentActor.get(), body.code(), body.draft()));
    }

    @Operation(summary = "Publicar una nueva versión de un instrumento (administración)", description = "Numerada después de la última; "
            + "las aplicaciones hechas conservan la versión que usaron.")
    @PostMapping("/priority-instruments/{instrumentId}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    InstrumentResponse publishVersion(@PathVariable UUID instrumentId, @Valid @RequestBody PriorityVersionBody body) {
        return InstrumentResponse.of(instruments.publishVersion(currentActor.get(), instrumentId, body.draft()));
    }

    @Operation(summary = "Instrumento y corte que aplica un programa", description = "Sin configuración, el instrumento por defecto "
            + "(guía SENAME 2011, última versión) y su corte sugerido.")
    @GetMapping("/programs/{programId}/priority-setting")
    PrioritySettingResponse setting(@PathVariable UUID programId) {
        return PrioritySettingResponse.of(settings.forProgram(currentActor.get(), programId));
    }

    @Operation(summary = "Elegir instrumento y corte de un programa", description = "Dirección del programa o administración. "
            + "El corte debe estar entre 1 y la cantidad de descriptores del instrumento.")
    @PutMapping("/programs/{programId}/priority-setting")
    PrioritySettingResponse choose(@PathVariable UUID programId,
                                   @Valid @RequestBody PriorityInputs.PrioritySettingInput input) {
        return PrioritySettingResponse.of(input.chooseOn(settings, currentActor.get(), programId));
    }

    @Operation(summary = "Aplicar la pauta de priorización", description = "Solo NNA sujetos de atención (en espera o con ingreso programado); "
            + "409 si la ficha está en evaluación o egresó. Puntaje = descriptores presentes; Prioridad 1 si alcanza el corte del programa.")
    @PostMapping("/entries/{entryId}/priority-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentResponse assess(@PathVariable UUID entryId,
                              @Valid @RequestBody PriorityInputs.PriorityAssessmentInput input) {
        return AssessmentResponse.of(input.recordOn(assessments, currentActor.get(), entryId));
    }

    @Operation(summary = "Historial de aplicaciones de la pauta", description = "La más reciente primero, cada una con la versión del instrumento que usó.")
    @GetMapping("/entries/{entryId}/priority-assessments")
    List<AssessmentResponse> history(@PathVariable UUID entryId) {
        return assessments.history(currentActor.get(), entryId).stream().map(AssessmentResponse::of).toList();
    }

    @Operation(summary = "Modificar la prioridad con motivo", description = "priority 1 o 2 (distinta de la calculada) con motivo escrito; "
            + "priority null vuelve a la calculada. Queda auditado.")
    @PostMapping("/entries/{entryId}/priority-override")
    AssessmentResponse override(@PathVariable UUID entryId, @Valid @RequestBody PriorityOverrideBody body) {
        return AssessmentResponse.of(assessments.override(currentActor.get(), entryId, body.version(), body.priority(),
                body.reason()));
    }
}

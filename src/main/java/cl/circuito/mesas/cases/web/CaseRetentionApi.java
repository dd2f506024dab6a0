package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.cases.CaseRetentionSettings;
import cl.circuito.mesas.cases.web.CaseInputs.CaseRetentionInput;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

/** How long a Mesa keeps its closed cases, over JSON: the case settings' other value, beside the chosen format. */
@RestController
@RequestMapping("/api/v1/mesas/{mesaId}/case-retention")
@Tag(name = "Conservación de los casos revisados", description = "Cuántos años completos conserva la Mesa cada caso "
        + "cerrado y sus análisis desde su cierre (de 1 a 30; vacío mientras no lo decide, y entonces ningún caso se "
        + "elimina). Cumplido el plazo, el caso queda en la lista para eliminar: una o un co-facilitador lo elimina con "
        + "un motivo, se borran sus iniciales, textos y respuestas, y los conteos de la Mesa se mantienen.")
@SecurityRequirement(name = "token")
class CaseRetentionApi {

    private final CurrentActor currentActor;
    private final CaseRetentionSettings retention;

    CaseRetentionApi(CurrentActor currentActor, CaseRetentionSettings retention) {
        this.currentActor = currentActor;
        this.retention = retention;
    }

    @Schema(name = "MesaCaseRetentionResponse")
    record RetentionResponse(@Schema(description = "Vacío mientras la Mesa no lo decide") Integer keepYears,
                             @Schema(description = "Versión de la configuración de casos de la Mesa, a enviar al cambiarla "
                                     + "(la misma de la elección del formato); vacía mientras no tiene ninguna") Long version,
                             Instant decidedAt, String decidedByName) {

        static RetentionResponse of(CaseRetentionSettings.Decision r) {
            return new RetentionResponse(r.keepYears(), r.version(), r.decidedAt(), r.decidedByName());
        }
    }

    @Operation(summary = "Conservación de los casos revisados")
    @GetMapping
    RetentionResponse get(@PathVariable UUID mesaId) {
        return RetentionResponse.of(retention.of(currentActor.get(), mesaId));
    }

    @Operation(summary = "Decidir la conservación de los casos revisados", description = "Solo co-facilitadores. 422 en "
            + "keepYears fuera de 1 a 30; 409 si otra persona cambió la configuración de casos de la Mesa.")
    @PutMapping
    RetentionResponse decide(@PathVariable UUID mesaId, @Valid @RequestBody CaseRetentionInput input) {
        return RetentionResponse.of(retention.decide(currentActor.get(), mesaId, input.keepYears(), input.version()));
    }
}

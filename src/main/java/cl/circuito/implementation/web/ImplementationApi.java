package cl.circuito.implementation.web;

import cl.circuito.implementation.scorecards.MonitoringThresholds;
import cl.circuito.implementation.scorecards.Scorecards;
import cl.circuito.implementation.web.ImplementationApiRecords.ScorecardResponse;
import cl.circuito.implementation.web.ImplementationApiRecords.ThresholdBody;
import cl.circuito.implementation.web.ImplementationApiRecords.ThresholdResponse;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The implementation indicators and their thresholds over JSON. */
@RestController
@Tag(name = "Seguimiento a la implementación", description = "Indicadores anuales de cada Mesa con su marca, y los umbrales")
@SecurityRequirement(name = "token")
class ImplementationApi {

    private final CurrentActor currentActor;
    private final Scorecards scorecards;
    private final MonitoringThresholds thresholds;
    private final IndicatorFormat format;

    ImplementationApi(CurrentActor currentActor, Scorecards scorecards, MonitoringThresholds thresholds,
                      IndicatorFormat format) {
        this.currentActor = currentActor;
        this.scorecards = scorecards;
        this.thresholds = thresholds;
        this.format = format;
    }

    @Operation(summary = "Indicadores de las Mesas de un año",
            description = "Equipo nacional: todas (o las de region); gestor/a territorial: las de su región. year: por "
                    + "defecto el actual (422 en year fuera de rango); region desconocida o ajena: 404 en region.")
    @GetMapping("/api/v1/implementation/scorecards")
    List<ScorecardResponse> scorecards(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String region) {
        Actor actor = currentActor.get();
        return scorecards.scorecards(actor, year == null ? scorecards.currentYear() : year, region).stream()
                .map(c -> ScorecardResponse.of(c, format)).toList();
    }

    @Operation(summary = "Indicadores de una Mesa en un año",
            description = "404 si la Mesa no existe o no está en su ámbito; 422 en year antes de su instalación o futuro.")
    @GetMapping("/api/v1/implementation/mesas/{mesaId}")
    ScorecardResponse mesa(@PathVariable UUID mesaId, @RequestParam(required = false) Integer year) {
        return ScorecardResponse.of(scorecards.scorecard(currentActor.get(), mesaId,
                year == null ? scorecards.currentYear() : year), format);
    }

    @Operation(summary = "Umbrales vigentes", description = "Para quien hace seguimiento.")
    @GetMapping("/api/v1/implementation/thresholds")
    List<ThresholdResponse> thresholds() {
        return thresholds.all(currentActor.get()).values().stream().map(r -> ThresholdResponse.of(r, format)).toList();
    }

    @Operation(summary = "Cambiar umbrales",
            description = "Solo el equipo nacional (403). Todos o ninguno: 422 nombrando el campo como KIND.green o "
                    + "KIND.amber; 409 si la versión de alguno no es la leída.")
    @PutMapping("/api/v1/implementation/thresholds")
    List<ThresholdResponse> change(@RequestBody List<ThresholdBody> body) {
        return thresholds.changeAll(currentActor.get(), body.stream().map(ThresholdBody::change).toList()).values()
                .stream().map(r -> ThresholdResponse.of(r, format)).toList();
    }
}

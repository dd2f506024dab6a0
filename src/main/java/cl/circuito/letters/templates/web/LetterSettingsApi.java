package cl.circuito.letters.templates.web;

import cl.circuito.letters.ProgramLetterSettings;
import cl.circuito.letters.templates.web.TemplateApiRecords.SettingsResponse;
import cl.circuito.letters.templates.web.TemplateInputs.SettingsInput;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A program's letter settings over JSON. */
@RestController
@Tag(name = "Configuración de oficios", description = "Papel, umbral de actualización de fecha estimada, nómina mensual y ciudad de firma de cada programa")
@SecurityRequirement(name = "token")
class LetterSettingsApi {

    private final CurrentActor currentActor;
    private final ProgramLetterSettings settings;

    LetterSettingsApi(CurrentActor currentActor, ProgramLetterSettings settings) {
        this.currentActor = currentActor;
        this.settings = settings;
    }

    @Operation(summary = "Configuración de oficios del programa", description = "Los valores por defecto si el programa nunca la definió (explicit false).")
    @GetMapping("/api/v1/programs/{programId}/letter-settings")
    SettingsResponse settings(@PathVariable UUID programId) {
        return SettingsResponse.of(settings.settings(currentActor.get(), programId));
    }

    @Operation(summary = "Modificar la configuración de oficios", description = "Solo el director(a) del programa. "
            + "estimateThresholdDays: días (0 a 365) que debe moverse la fecha estimada de ingreso para redactar un oficio de actualización. "
            + "422 nombrando el campo si un valor no es válido; 409 si otra persona la cambió.")
    @PutMapping("/api/v1/programs/{programId}/letter-settings")
    SettingsResponse change(@PathVariable UUID programId, @Valid @RequestBody SettingsInput input) {
        return SettingsResponse.of(settings.change(currentActor.get(), programId, input.version(), input.paperSize(),
                input.estimateThresholdDays(), input.batchMode(), input.city()));
    }
}

package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.mesa.web.MesaApiRecords.MesaResponse;
import cl.circuito.mesas.mesa.web.MesaApiRecords.MesaSummaryResponse;
import cl.circuito.mesas.mesa.web.MesaInputs.MesaFoundingInput;
import cl.circuito.mesas.mesa.web.MesaInputs.MesaSettingsInput;
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

/** The Mesas over JSON: the list, the founding and the settings. */
@RestController
@Tag(name = "Mesas de Gestión de Casos", description = "Mesas por comuna: fundación, configuración y listado")
@SecurityRequirement(name = "token")
class MesasApi {

    private final CurrentActor currentActor;
    private final MesaDirectory directory;
    private final MesaSetup setup;
    private final MesaAccess access;

    MesasApi(CurrentActor currentActor, MesaDirectory directory, MesaSetup setup, MesaAccess access) {
        this.currentActor = currentActor;
        this.directory = directory;
        this.setup = setup;
        this.access = access;
    }

    @Operation(summary = "Mesas que el usuario puede abrir",
            description = "Las suyas como integrante, las de su región (gestor/a territorial), todas (equipo nacional, administración). "
                    + "region: filtra por código de región (equipo nacional y administración).")
    @GetMapping("/api/v1/mesas")
    List<MesaSummaryResponse> list(@RequestParam(required = false) String region) {
        Actor actor = currentActor.get();
        return directory.list(actor, directory.filtersByRegion(actor) ? region : null).stream()
                .map(MesaSummaryResponse::of).toList();
    }

    @Operation(summary = "Fundar la Mesa de una comuna",
            description = "Administración en cualquier comuna; gestor/a territorial en su región (403 fuera de ella). "
                    + "Una Mesa por comuna (422 en comunaCode). Co-facilitadores por defecto: la OPD y el EDT de la comuna; "
                    + "sin OPD, el/la gestor/a territorial de la región.")
    @PostMapping("/api/v1/mesas")
    @ResponseStatus(HttpStatus.CREATED)
    MesaResponse found(@Valid @RequestBody MesaFoundingInput input) {
        return get(input.foundOn(setup, currentActor.get()).id());
    }

    @Operation(summary = "Configuración de una Mesa", description = "404 si el usuario no tiene posición en la Mesa.")
    @GetMapping("/api/v1/mesas/{mesaId}")
    MesaResponse get(@PathVariable UUID mesaId) {
        Actor actor = currentActor.get();
        return MesaResponse.of(directory.settings(actor, mesaId), access.standing(actor, mesaId).level().name());
    }

    @Operation(summary = "Modificar la configuración",
            description = "Co-facilitadores, administración y gestor/a de la región (403 los demás). 409 si la versión no es la leída; "
                    + "422 nombrando el campo.")
    @PutMapping("/api/v1/mesas/{mesaId}")
    MesaResponse change(@PathVariable UUID mesaId, @Valid @RequestBody MesaSettingsInput input) {
        input.changeOn(setup, currentActor.get(), mesaId);
        return get(mesaId);
    }
}

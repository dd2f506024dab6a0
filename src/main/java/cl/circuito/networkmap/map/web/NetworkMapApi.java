package cl.circuito.networkmap.map.web;

import cl.circuito.networkmap.map.NetworkMaps;
import cl.circuito.networkmap.map.web.NetworkApiRecords.ActorResponse;
import cl.circuito.networkmap.map.web.NetworkApiRecords.NetworkResponse;
import cl.circuito.networkmap.map.web.NetworkInputs.ActorInput;
import cl.circuito.networkmap.map.web.NetworkInputs.NoteInput;
import cl.circuito.networkmap.map.web.NetworkInputs.PositionInput;
import cl.circuito.networkmap.map.web.NetworkInputs.TieInput;
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
import java.util.Map;
import java.util.UUID;

/** A Mesa's network map over JSON: actors, ties between them, the diagnosis notes, and where they are drawn. */
@RestController
@Tag(name = "Mapa de la red de Mesas", description = "Actores de la red abierta de cada Mesa, sus vínculos y el diagnóstico de la red")
@SecurityRequirement(name = "token")
class NetworkMapApi {

    private final CurrentActor currentActor;
    private final NetworkMaps maps;

    NetworkMapApi(CurrentActor currentActor, NetworkMaps maps) {
        this.currentActor = currentActor;
        this.maps = maps;
    }

    @Operation(summary = "Mapa de la red de la Mesa", description = "Actores (con su número de vínculos), vínculos y notas del diagnóstico (la más reciente primero). 404 sin acceso a la Mesa.")
    @GetMapping("/api/v1/mesas/{mesaId}/network")
    NetworkResponse network(@PathVariable UUID mesaId) {
        return NetworkResponse.of(maps.map(currentActor.get(), mesaId));
    }

    @Operation(summary = "Agregar un actor", description = "Solo co-facilitadores (403). 422 nombrando el campo, p. ej. un nombre que ya está en el mapa.")
    @PostMapping("/api/v1/mesas/{mesaId}/network/actors")
    @ResponseStatus(HttpStatus.CREATED)
    ActorResponse place(@PathVariable UUID mesaId, @Valid @RequestBody ActorInput input) {
        Actor actor = currentActor.get();
        UUID id = maps.place(actor, mesaId, input.details()).id();
        return ActorResponse.of(maps.actor(actor, mesaId, id));
    }

    @Operation(summary = "Modificar un actor", description = "409 si la versión no es la leída.")
    @PutMapping("/api/v1/mesas/{mesaId}/network/actors/{actorId}")
    ActorResponse describe(@PathVariable UUID mesaId, @PathVariable UUID actorId, @Valid @RequestBody ActorInput input) {
        Actor actor = currentActor.get();
        maps.describe(actor, mesaId, actorId, input.version(), input.details());
        return ActorResponse.of(maps.actor(actor, mesaId, actorId));
    }

    @Operation(summary = "Quitar un actor", description = "Quita también todos sus vínculos; responde cuántos. 409 si la versión no es la leída.")
    @DeleteMapping("/api/v1/mesas/{mesaId}/network/actors/{actorId}")
    Map<String, Integer> remove(@PathVariable UUID mesaId, @PathVariable UUID actorId, @RequestParam(required = false) Long version) {
        return Map.of("removedTies", maps.remove(currentActor.get(), mesaId, actorId, version));
    }

    @Operation(summary = "Incorporar a los integrantes de la Mesa", description = "Un actor por integrante actual que aún no esté en el mapa, con su participación como vínculo. Repetirlo no duplica.")
    @PostMapping("/api/v1/mesas/{mesaId}/network/members")
    Map<String, Integer> incorporateMembers(@PathVariable UUID mesaId) {
        return Map.of("added", maps.incorporateMembers(currentActor.get(), mesaId));
    }

    @Operation(summary = "Agregar un vínculo entre dos actores", description = "422 en toActorId si es el mismo actor o el vínculo ya existe.")
    @PostMapping("/api/v1/mesas/{mesaId}/network/ties")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> connect(@PathVariable UUID mesaId, @Valid @RequestBody TieInput input) {
        return Map.of("id", maps.connect(currentActor.get(), mesaId, input.details()).id());
    }

    @Operation(summary = "Quitar un vínculo")
    @DeleteMapping("/api/v1/mesas/{mesaId}/network/ties/{tieId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disconnect(@PathVariable UUID mesaId, @PathVariable UUID tieId, @RequestParam(required = false) Long version) {
        maps.disconnect(currentActor.get(), mesaId, tieId, version);
    }

    @Operation(summary = "Escribir una nota del diagnóstico de la red", description = "Las notas no se reescriben: cada lectura es una nota nueva, con fecha y autor.")
    @PostMapping("/api/v1/mesas/{mesaId}/network/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> writeNote(@PathVariable UUID mesaId, @Valid @RequestBody NoteInput input) {
        return Map.of("id", maps.writeNote(currentActor.get(), mesaId, input.text()).id());
    }

    @Operation(summary = "Guardar dónde se dibujan los actores", description = "Actores de otra Mesa se ignoran; responde cuántos se movieron.")
    @PutMapping("/api/v1/mesas/{mesaId}/network/positions")
    Map<String, Integer> arrange(@PathVariable UUID mesaId, @RequestBody List<PositionInput> positions) {
        return Map.of("moved", maps.arrange(currentActor.get(), mesaId, positions.stream()
                .map(PositionInput::position).toList()));
    }
}

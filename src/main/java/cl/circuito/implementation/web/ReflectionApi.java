package cl.circuito.implementation.web;

import cl.circuito.implementation.reflections.ReflectionWriting;
import cl.circuito.implementation.web.ReflectionApiRecords.ReflectionResponse;
import cl.circuito.implementation.web.ReflectionInputs.ReflectionInput;
import cl.circuito.shared.security.Actor;
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

import java.util.List;
import java.util.UUID;

/** A Mesa's semester reflections over JSON. */
@RestController
@Tag(name = "Reflexión de las Mesas", description = "Facilitadores intra y extra-mesa, riesgos y logros de cada semestre")
@SecurityRequirement(name = "token")
class ReflectionApi {

    private final CurrentActor currentActor;
    private final ReflectionWriting reflections;

    ReflectionApi(CurrentActor currentActor, ReflectionWriting reflections) {
        this.currentActor = currentActor;
        this.reflections = reflections;
    }

    @Operation(summary = "Reflexiones de la Mesa", description = "La más reciente primero. 404 si la Mesa no existe o está fuera de su alcance.")
    @GetMapping("/api/v1/mesas/{mesaId}/reflections")
    List<ReflectionResponse> list(@PathVariable UUID mesaId) {
        return reflections.list(currentActor.get(), mesaId).stream().map(ReflectionResponse::of).toList();
    }

    @Operation(summary = "Reflexión de un semestre", description = "semester: 1 (enero a junio) o 2 (julio a diciembre).")
    @GetMapping("/api/v1/mesas/{mesaId}/reflections/{year}/{semester}")
    ReflectionResponse one(@PathVariable UUID mesaId, @PathVariable int year, @PathVariable int semester) {
        return ReflectionResponse.of(reflections.one(currentActor.get(), mesaId, year, semester));
    }

    @Operation(summary = "Escribir o modificar la reflexión de un semestre",
            description = "Co-facilitadores de la Mesa y gestor(a) territorial de su región (403 a los demás). Sin version: "
                    + "la primera del semestre; con version: la modifica (409 si no es la leída). 422 nombrando el campo "
                    + "si el semestre aún no comienza o es anterior a la fundación de la Mesa.")
    @PutMapping("/api/v1/mesas/{mesaId}/reflections/{year}/{semester}")
    ReflectionResponse put(@PathVariable UUID mesaId, @PathVariable int year, @PathVariable int semester,
                           @Valid @RequestBody ReflectionInput input) {
        Actor actor = currentActor.get();
        reflections.put(actor, mesaId, year, semester, input.version(), input.content());
        return ReflectionResponse.of(reflections.one(actor, mesaId, year, semester));
    }
}

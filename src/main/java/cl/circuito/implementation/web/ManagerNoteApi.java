package cl.circuito.implementation.web;

import cl.circuito.implementation.report.ManagerNoteWriting;
import cl.circuito.implementation.web.ReflectionApiRecords.NotesResponse;
import cl.circuito.implementation.web.ReflectionInputs.NotesInput;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' notes of the yearly report over JSON. */
@RestController
@Tag(name = "Informe de implementación", description = "Notas de gestores e informe anual de las Mesas (minuta)")
@SecurityRequirement(name = "token")
class ManagerNoteApi {

    private final CurrentActor currentActor;
    private final ManagerNoteWriting notes;

    ManagerNoteApi(CurrentActor currentActor, ManagerNoteWriting notes) {
        this.currentActor = currentActor;
        this.notes = notes;
    }

    @Operation(summary = "Notas de gestores de un año",
            description = "year: por omisión el actual (422 si es anterior a 2010 o futuro). region: código de región; sin él, "
                    + "la región del gestor(a) territorial o las notas nacionales del equipo nacional. Una región fuera de su alcance: 404.")
    @GetMapping("/api/v1/implementation/notes")
    NotesResponse get(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region) {
        return NotesResponse.of(notes.notes(currentActor.get(), year, region));
    }

    @Operation(summary = "Escribir las notas de gestores",
            description = "El gestor(a) territorial, las de su región; el equipo nacional, las nacionales (403 en otro caso). "
                    + "version: null si aún no hay notas; la leída para modificarlas (409 si otra persona las cambió).")
    @PutMapping("/api/v1/implementation/notes")
    NotesResponse put(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                      @Valid @RequestBody NotesInput input) {
        return NotesResponse.of(notes.write(currentActor.get(), year, region, input.version(), input.content()));
    }
}

package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.cases.CaseFormats;
import cl.circuito.mesas.cases.web.CaseApiRecords.FormatBody;
import cl.circuito.mesas.cases.web.CaseApiRecords.FormatResponse;
import cl.circuito.mesas.cases.web.CaseApiRecords.FormatsResponse;
import cl.circuito.mesas.cases.web.CaseInputs.NewPresentationFormatInput;
import cl.circuito.mesas.cases.web.CaseInputs.PresentationFormatChoiceInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A Mesa's presentation formats over JSON. */
@RestController
@RequestMapping("/api/v1/mesas/{mesaId}/presentation-formats")
@Tag(name = "Formatos de presentación de casos", description = "El formato nacional del Programa 24 Horas y los formatos "
        + "locales de cada Mesa; las y los co-facilitadores los crean, modifican y eligen. Los análisis anteriores "
        + "conservan los títulos con que se presentaron.")
@SecurityRequirement(name = "token")
class PresentationFormatsApi {

    private final CurrentActor currentActor;
    private final CaseFormats formats;

    PresentationFormatsApi(CurrentActor currentActor, CaseFormats formats) {
        this.currentActor = currentActor;
        this.formats = formats;
    }

    @Operation(summary = "Formatos de la Mesa y el elegido")
    @GetMapping
    FormatsResponse formats(@PathVariable UUID mesaId) {
        return FormatsResponse.of(formats.choice(currentActor.get(), mesaId));
    }

    @Operation(summary = "Crear un formato local", description = "Copia del formato nacional; no se usa hasta elegirlo.")
    @PostMapping
    ResponseEntity<FormatResponse> create(@PathVariable UUID mesaId,
                                          @Valid @RequestBody NewPresentationFormatInput input) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(FormatResponse.of(formats.createLocal(currentActor.get(), mesaId, input.name())));
    }

    @Operation(summary = "Modificar un formato local", description = "Nombre y secciones en orden; exactamente una es la "
            + "pregunta a la Mesa. 422 nombrando el campo (sections[0].label…); 409 para el formato nacional o si otra "
            + "persona lo cambió.")
    @PutMapping("/{formatId}")
    FormatResponse revise(@PathVariable UUID mesaId, @PathVariable UUID formatId, @Valid @RequestBody FormatBody body) {
        return FormatResponse.of(formats.revise(currentActor.get(), mesaId, formatId, body.version(), body.name(),
                body.drafts()));
    }

    @Operation(summary = "Elegir el formato de la Mesa", description = "Los próximos casos se presentan con él.")
    @PutMapping("/chosen")
    FormatsResponse choose(@PathVariable UUID mesaId, @Valid @RequestBody PresentationFormatChoiceInput input) {
        Actor actor = currentActor.get();
        formats.choose(actor, mesaId, input.formatId(), input.version());
        return FormatsResponse.of(formats.choice(actor, mesaId));
    }
}

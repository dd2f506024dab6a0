package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.Letterhead;
import cl.circuito.letters.templates.LetterheadAdministration;
import cl.circuito.letters.templates.TemplateAdministration;
import cl.circuito.letters.templates.TemplateKind;
import cl.circuito.letters.templates.web.TemplateApiRecords.*;
import cl.circuito.letters.templates.web.TemplateInputs.PreviewInput;
import cl.circuito.letters.templates.web.TemplateInputs.TemplateInput;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each institution's letter templates and letterhead over JSON, for the administrator's tools. Same services
 * as the pages, so the same rules and the same audit.
 */
@RestController
@RequestMapping("/api/v1/institutions/{institutionId}")
@Tag(name = "Plantillas y membrete de oficios", description = "Textos de cada tipo de oficio y membrete por institución (administración)")
@SecurityRequirement(name = "token")
class LetterTemplatesApi {

    private final CurrentActor currentActor;
    private final TemplateAdministration templates;
    private final LetterheadAdministration letterheads;
    private final Messages messages;

    LetterTemplatesApi(CurrentActor currentActor, TemplateAdministration templates,
                       LetterheadAdministration letterheads, Messages messages) {
        this.currentActor = currentActor;
        this.templates = templates;
        this.letterheads = letterheads;
        this.messages = messages;
    }

    @Operation(summary = "Plantillas de la institución", description = "Las siete plantillas, propias o el texto por defecto, "
            + "cada una con los campos que puede usar.")
    @GetMapping("/letter-templates")
    List<TemplateResponse> list(@PathVariable UUID institutionId) {
        return templates.templates(currentActor.get(), institutionId).stream()
                .map(view -> TemplateResponse.of(view, messages)).toList();
    }

    @Operation(summary = "Una plantilla")
    @GetMapping("/letter-templates/{kind}")
    TemplateResponse template(@PathVariable UUID institutionId, @PathVariable TemplateKind kind) {
        return TemplateResponse.of(templates.template(currentActor.get(), institutionId, kind), messages);
    }

    @Operation(summary = "Modificar una plantilla", description = "La primera modificación crea el texto propio de la institución "
            + "(envíe version null); después, envíe la versión leída (409 si otra persona la cambió). "
            + "422 si la materia o el texto están vacíos o usan un campo que este tipo de oficio no puede usar (el mensaje lo nombra). "
            + "El saludo y la despedida van fuera del texto (una línea cada uno, sin campos); si no se envían, se conservan.")
    @PutMapping("/letter-templates/{kind}")
    TemplateResponse revise(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                            @Valid @RequestBody TemplateInput input) {
        return TemplateResponse.of(templates.revise(currentActor.get(), institutionId, kind, input.version(),
                input.subject(), input.salutation(), input.body(), input.closing()), messages);
    }

    @Operation(summary = "Restaurar el texto por defecto", description = "Elimina el texto propio de la institución; "
            + "responde la plantilla por defecto que queda en uso. Los borradores ya creados conservan su texto.")
    @DeleteMapping("/letter-templates/{kind}")
    TemplateResponse restore(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                             @RequestParam(required = false) Long version) {
        return TemplateResponse.of(templates.restoreDefault(currentActor.get(), institutionId, kind, version), messages);
    }

    @Operation(summary = "Vista previa en PDF", description = "El texto enviado, completado con datos ficticios, sobre el membrete "
            + "de la institución, como borrador sin número. No guarda nada.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    @PostMapping("/letter-templates/{kind}/preview")
    ResponseEntity<byte[]> preview(@PathVariable UUID institutionId, @PathVariable TemplateKind kind,
                                   @Valid @RequestBody PreviewInput input) {
        byte[] pdf = templates.previewPdf(currentActor.get(), institutionId, kind, input.subject(), input.salutation(),
                input.body(), input.closing(), input.paper());
        return Downloads.inline(messages.get("lettertemplates.preview.fileName",
                messages.get("letters.template." + kind.name())), Downloads.PDF, pdf);
    }

    @Operation(summary = "Membrete de la institución")
    @GetMapping("/letterhead")
    LetterheadResponse letterhead(@PathVariable UUID institutionId) {
        return LetterheadResponse.of(letterheads.letterhead(currentActor.get(), institutionId));
    }

    @Operation(summary = "Modificar las líneas del membrete", description = "Líneas bajo el logo y al pie; hasta 500 caracteres en total cada grupo.")
    @PutMapping("/letterhead")
    LetterheadResponse describe(@PathVariable UUID institutionId, @RequestBody LetterheadBody body) {
        return LetterheadResponse.of(letterheads.describe(currentActor.get(), institutionId, body.version(),
                TemplateApiRecords.text(body.headerLines()), TemplateApiRecords.text(body.footerLines())));
    }

    @Operation(summary = "Cargar o reemplazar el logo", description = "PNG o JPEG (según su contenido), de hasta "
            + Letterhead.MAX_LOGO_BYTES / 1024 + " KB; 422 con el campo logo si no cumple.")
    @PutMapping(path = "/letterhead/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LetterheadResponse replaceLogo(@PathVariable UUID institutionId, @RequestPart("logo") MultipartFile logo,
                                   @RequestParam(required = false) Long version) {
        try {
            return LetterheadResponse.of(letterheads.replaceLogo(currentActor.get(), institutionId, version,
                    logo.getOriginalFilename(), logo.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "Quitar el logo")
    @DeleteMapping("/letterhead/logo")
    LetterheadResponse removeLogo(@PathVariable UUID institutionId, @RequestParam(required = false) Long version) {
        return LetterheadResponse.of(letterheads.removeLogo(currentActor.get(), institutionId, version));
    }

    /** Over the server's upload limit: the same answer as any logo too large, on the field logo. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String text = messages.get("letters.error.logo.tooLarge", Letterhead.MAX_LOGO_BYTES / 1024);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, text);
        problem.setTitle(messages.get("error.title.413"));
        problem.setProperty("errors", List.of(Map.of("field", "logo", "message", text)));
        return problem;
    }
}

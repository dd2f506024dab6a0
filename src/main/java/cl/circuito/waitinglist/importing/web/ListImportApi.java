package cl.circuito.waitinglist.importing.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.shared.web.Downloads;
import cl.circuito.waitinglist.importing.ColumnMapping;
import cl.circuito.waitinglist.importing.ImportStatus;
import cl.circuito.waitinglist.importing.ListField;
import cl.circuito.waitinglist.importing.ListImports;
import cl.circuito.waitinglist.importing.Preview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The list import over JSON: upload, preview with a mapping, confirm, follow. Same services as the pages. */
@RestController
@RequestMapping("/api/v1/programs/{programId}/list-imports")
@Validated
@Tag(name = "Importación de la lista de espera",
        description = "Traer la nómina F-SGC-030 que un programa ya lleva (xlsx o CSV): subir, revisar, confirmar")
@SecurityRequirement(name = "token")
class ListImportApi {

    private final CurrentActor currentActor;
    private final ListImports imports;

    ListImportApi(CurrentActor currentActor, ListImports imports) {
        this.currentActor = currentActor;
        this.imports = imports;
    }

    record ImportColumnResponse(int index, String name, ListField field) {
    }

    record ListUploadResponse(UUID uploadId, String fileName, String checksum, int headerRow, List<ImportColumnResponse> columns,
                          List<ListField> missing) {
    }

    record ImportRowResponse(int row, Preview.RowOutcome outcome, String child, String rut, LocalDate birthDate,
                       String referrer, LocalDate receivedOn, LocalDate admissibilityDueOn, String state,
                       LocalDate decidedOn, Integer priority, Integer score, List<String> problems,
                       List<String> notes) {
    }

    record ImportPreviewResponse(List<ListField> missing, Map<Preview.RowOutcome, Long> counts, List<String> unknownReferrers,
                           List<ImportRowResponse> rows) {
    }

    record ListImportResponse(UUID importId, String fileName, String checksum, ImportStatus.Phase phase, int totalRows,
                          int checkedRows, int percent, Integer created, Integer already, Integer skipped,
                          Integer refused, String failure, String startedBy, Instant startedAt, Instant finishedAt) {

        static ListImportResponse of(ImportStatus s) {
            return new ListImportResponse(s.id(), s.fileName(), s.checksum(), s.phase(), s.totalRows(), s.checkedRows(),
                    s.percent(), s.created(), s.already(), s.skipped(), s.refused(), s.failure(), s.startedByName(),
                    s.startedAt(), s.finishedAt());
        }
    }

    @Operation(summary = "Subir una nómina", description = "xlsx o CSV (separado por ; o ,; UTF-8 o Windows-1252). "
            + "Responde la fila de títulos encontrada y la asignación de columnas propuesta; el archivo se guarda "
            + "7 días para revisarlo y confirmarlo.")
    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ListUploadResponse upload(@PathVariable UUID programId, @RequestPart("file") MultipartFile file) {
        Actor actor = currentActor.get();
        Uploads.Upload upload = imports.upload(actor, programId, file.getOriginalFilename(),
                new ImportInputs.UploadInput(file).bytes());
        ColumnMapping mapping = imports.mapping(programId, upload.table(), null);
        List<String> names = mapping.header().cells();
        List<ImportColumnResponse> columns = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ImportColumnResponse(i, names.get(i), mapping.columns().get(i)));
        }
        return new ListUploadResponse(upload.id(), upload.fileName(), upload.checksum(), mapping.header().number(),
                columns, mapping.missing());
    }

    @Operation(summary = "Vista previa", description = "Fila por fila, qué se crearía (NEW), qué ya está en la lista "
            + "(ALREADY_THERE), qué ya no está en espera (NOT_ON_LIST) y qué tiene problemas (REFUSED), cada problema "
            + "nombrando su columna. Sin cuerpo o sin columns: la asignación propuesta.")
    @PostMapping("/uploads/{uploadId}/preview")
    ImportPreviewResponse preview(@PathVariable UUID programId, @PathVariable UUID uploadId,
                            @Valid @RequestBody(required = false) ImportInputs.MappingInput input) {
        ImportInputs.MappingInput mapping = orNone(programId, input);
        Preview preview = imports.preview(currentActor.get(), programId, uploadId, mapping.chosenColumns(),
                mapping.choices());
        Map<Preview.RowOutcome, Long> counts = new java.util.EnumMap<>(Preview.RowOutcome.class);
        for (Preview.RowOutcome outcome : Preview.RowOutcome.values()) {
            counts.put(outcome, preview.count(outcome));
        }
        return new ImportPreviewResponse(preview.missing(), counts, preview.unknownReferrers(),
                preview.rows().stream().map(ListImportApi::row).toList());
    }

    @Operation(summary = "Filas con problemas", description = "Las filas que no se importarían, como CSV para corregir "
            + "y volver a subir: los títulos y celdas de la planilla, y los problemas en una última columna.")
    @PostMapping(path = "/uploads/{uploadId}/errors", produces = "text/csv")
    ResponseEntity<byte[]> errors(@PathVariable UUID programId, @PathVariable UUID uploadId,
                                  @Valid @RequestBody(required = false) ImportInputs.MappingInput input) {
        ImportInputs.MappingInput mapping = orNone(programId, input);
        return Downloads.attachment("filas-con-problemas.csv", Downloads.CSV, imports.errorFile(currentActor.get(),
                programId, uploadId, mapping.chosenColumns(), mapping.choices()));
    }

    @Operation(summary = "Confirmar la importación", description = "Importa las filas sin problemas, todas o ninguna, "
            + "fuera de la solicitud: responde 202 con el estado, que se consulta hasta DONE o FAILED. 409 si ya hay "
            + "una importación en curso para el programa.")
    @PostMapping("/uploads/{uploadId}/imports")
    ResponseEntity<ListImportResponse> confirm(@PathVariable UUID programId, @PathVariable UUID uploadId,
                                           @Valid @RequestBody(required = false) ImportInputs.MappingInput input) {
        Actor actor = currentActor.get();
        ImportInputs.MappingInput mapping = orNone(programId, input);
        UUID importId = imports.confirm(actor, programId, uploadId, mapping.chosenColumns(), mapping.choices());
        return ResponseEntity.accepted()
                .header("Location", "/api/v1/programs/" + programId + "/list-imports/" + importId)
                .body(ListImportResponse.of(imports.status(actor, programId, importId)));
    }

    @Operation(summary = "Estado de una importación")
    @GetMapping("/{importId}")
    ListImportResponse status(@PathVariable UUID programId, @PathVariable UUID importId) {
        return ListImportResponse.of(imports.status(currentActor.get(), programId, importId));
    }

    @Operation(summary = "Importaciones del programa", description = "Las últimas 20, la más reciente primero.")
    @GetMapping
    List<ListImportResponse> history(@PathVariable UUID programId) {
        return imports.history(currentActor.get(), programId).stream().map(ListImportResponse::of).toList();
    }

    /** The body, or none: the proposal, with the sheet-wide choices the program made for its last import. */
    private ImportInputs.MappingInput orNone(UUID programId, ImportInputs.MappingInput input) {
        ImportInputs.MappingInput typed = input == null ? new ImportInputs.MappingInput(null, null, null) : input;
        var choices = imports.choices(programId, typed.chosenColumns(), typed.choices());
        return new ImportInputs.MappingInput(typed.columns(), choices.backgroundSufficient(), choices.referrers());
    }

    private static ImportRowResponse row(Preview.Row r) {
        var read = r.read();
        return new ImportRowResponse(r.number(), r.outcome(), read.fullName(), read.rut() == null ? null : read.rut().formatted(),
                read.birthDate(), read.referrerText(), read.receivedOn(), r.dueOn(),
                read.state() == null ? null : read.state().name(), read.decidedOn(), read.priority(), read.score(),
                r.problems(), r.notes());
    }
}

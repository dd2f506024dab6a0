package cl.circuito.admin.importing.web;

import cl.circuito.admin.importing.NetworkImport;
import cl.circuito.admin.importing.NetworkImportPreview;
import cl.circuito.admin.importing.NetworkImportResult;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/network-imports/{kind}")
@Tag(name = "Importar la red", description = "Instituciones, programas, organismos derivadores y usuarios desde una "
        + "planilla xlsx o CSV: subir, revisar la vista previa y confirmar. Administración y equipo nacional.")
@SecurityRequirement(name = "token")
class NetworkImportApi {

    private final NetworkImport imports;
    private final CurrentActor currentActor;

    NetworkImportApi(NetworkImport imports, CurrentActor currentActor) {
        this.imports = imports;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Subir una planilla", description = "kind: institutions, programs, referrers o users. Lee el "
            + "archivo (xlsx, o CSV con ; , o tabulador, en UTF-8 o Windows-1252), encuentra la fila de encabezados y "
            + "reconoce las columnas por su nombre. Responde la vista previa: qué se creará, qué ya existe y los "
            + "problemas por fila y columna; nada se crea todavía. 422 en el campo file si no es una planilla legible "
            + "o falta una columna requerida.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    NetworkImportPreview upload(@Parameter(description = "institutions, programs, referrers o users") @PathVariable String kind,
                                @RequestPart("file") MultipartFile file) {
        return imports.upload(currentActor.get(), NetworkImportController.kind(kind), file.getOriginalFilename(),
                ImportUploadForm.bytes(file));
    }

    @Operation(summary = "Ver de nuevo la vista previa", description = "Con los datos de Circuito de este momento.")
    @GetMapping("/{uploadId}")
    NetworkImportPreview preview(@PathVariable String kind, @PathVariable UUID uploadId) {
        return imports.preview(currentActor.get(), NetworkImportController.kind(kind), uploadId);
    }

    @Operation(summary = "Confirmar la importación", description = "Crea todas las filas válidas en una sola "
            + "transacción (todas o ninguna) y la registra en la auditoría con el nombre y la suma SHA-256 del archivo. "
            + "Lo que ya existe no se crea de nuevo: confirmar otra vez, o dos veces a la vez, no duplica nada. Los "
            + "usuarios nuevos reciben un correo con un enlace para elegir su contraseña.")
    @PostMapping("/{uploadId}/confirm")
    NetworkImportResult confirm(@PathVariable String kind, @PathVariable UUID uploadId) {
        return imports.confirm(currentActor.get(), NetworkImportController.kind(kind), uploadId);
    }

    @Operation(summary = "Filas con problemas (CSV)", description = "Las filas no importables con sus columnas "
            + "originales y una última columna «Problemas», para corregirlas y volver a subirlas.")
    @GetMapping(value = "/{uploadId}/refused-rows", produces = "text/csv")
    ResponseEntity<byte[]> refusedRows(@PathVariable String kind, @PathVariable UUID uploadId) {
        return Downloads.attachment("filas-con-problemas.csv", Downloads.CSV,
                imports.refusedRows(currentActor.get(), NetworkImportController.kind(kind), uploadId));
    }
}

package cl.circuito.documents.exports.web;

import cl.circuito.documents.exports.Document;
import cl.circuito.documents.exports.RegisterFilter;
import cl.circuito.documents.exports.WaitingListDocuments;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The waiting list's documents for machine clients with a personal API token: the same files as the pages'
 * downloads, the same scope (another program's: 404) and the same audit. No {@code produces}: an error is
 * answered as problem details whatever the client accepts.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documentos", description = "Nómina F-SGC-030 (xlsx y PDF), lista de espera en CSV y pauta de priorización en PDF")
@SecurityRequirement(name = "token")
class DocumentsApi {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CurrentActor currentActor;
    private final WaitingListDocuments documents;

    DocumentsApi(CurrentActor currentActor, WaitingListDocuments documents) {
        this.currentActor = currentActor;
        this.documents = documents;
    }

    @Operation(summary = "Nómina de Niños – Lista de Espera (F-SGC-030) en Excel",
            description = "Líneas de título (formulario, programa, institución, comuna, fecha de emisión, filtro) y una fila "
                    + "por NNA en orden de recepción, con fechas y números tipados. filter=OPEN (en lista, por omisión) "
                    + "o ALL (incluye las salidas); year filtra por año de recepción.")
    @ApiResponse(responseCode = "200", description = "El archivo xlsx.", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @ApiResponse(responseCode = "400", description = "Parámetro no válido (filter, year).", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "El programa no existe o está fuera de su alcance.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/programs/{programId}/documents/f-sgc-030.xlsx")
    ResponseEntity<byte[]> registerXlsx(@PathVariable UUID programId,
                                        @Parameter(description = "OPEN (en lista) o ALL (todos, incluidas salidas)")
                                        @RequestParam(defaultValue = "OPEN") RegisterFilter filter,
                                        @Parameter(description = "Año de recepción, opcional")
                                        @RequestParam(required = false) Integer year) {
        Document document = documents.registerXlsx(currentActor.get(), programId, filter, year);
        return Downloads.attachment(document.fileName(), Downloads.XLSX, document.content());
    }

    @Operation(summary = "Nómina de Niños – Lista de Espera (F-SGC-030) en PDF",
            description = "Apaisado, en el papel que el programa eligió para sus oficios (por omisión) o el indicado (paper=A4 o LETTER), con el encabezado de la tabla repetido "
                    + "y numeración de páginas. Mismos filtros que el xlsx.")
    @ApiResponse(responseCode = "200", description = "El PDF.", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "400", description = "Parámetro no válido (filter, year, paper).", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "El programa no existe o está fuera de su alcance.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/programs/{programId}/documents/f-sgc-030.pdf")
    ResponseEntity<byte[]> registerPdf(@PathVariable UUID programId,
                                       @Parameter(description = "OPEN (en lista) o ALL (todos, incluidas salidas)")
                                       @RequestParam(defaultValue = "OPEN") RegisterFilter filter,
                                       @Parameter(description = "Año de recepción, opcional")
                                       @RequestParam(required = false) Integer year,
                                       @Parameter(description = "A4 o LETTER")
                                       @RequestParam(required = false) PaperSize paper) {
        Document document = documents.registerPdf(currentActor.get(), programId, filter, year, paper);
        return Downloads.attachment(document.fileName(), Downloads.PDF, document.content());
    }

    @Operation(summary = "Lista de espera en CSV para Excel",
            description = "UTF-8 con BOM, separada por punto y coma (la configuración regional de Chile), con las columnas "
                    + "de la nómina. Acepta el mismo estado, búsqueda y orden que la lista.")
    @ApiResponse(responseCode = "200", description = "El CSV.", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "400", description = "Parámetro no válido (state, sort).", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "El programa no existe o está fuera de su alcance.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/programs/{programId}/waiting-list.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID programId, @RequestParam(defaultValue = "OPEN") ListFilter state,
                               @Parameter(description = "Nombre o RUT, como en la lista")
                               @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "DEADLINE") ListSort sort) {
        Document document = documents.waitingListCsv(currentActor.get(), programId, state, q, sort);
        return Downloads.attachment(document.fileName(), Downloads.CSV, document.content());
    }

    @Operation(summary = "Pauta de priorización aplicada, en PDF",
            description = "Diagramada como el anexo 1 de I-SGC-01: NNA y tribunal, criterios con sus marcas (1, 0, X), "
                    + "suma y prioridad (Aplíquese Normativa / Permanece en espera).")
    @ApiResponse(responseCode = "200", description = "El PDF.", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "400", description = "Parámetro no válido (paper).", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "La ficha o la aplicación no existe o está fuera de su alcance.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/entries/{entryId}/priority-assessments/{assessmentId}/pdf")
    ResponseEntity<byte[]> priorityGuide(@PathVariable UUID entryId, @PathVariable UUID assessmentId,
                                         @Parameter(description = "A4 o LETTER")
                                         @RequestParam(defaultValue = "A4") PaperSize paper) {
        Document document = documents.priorityGuidePdf(currentActor.get(), entryId, assessmentId, paper);
        return Downloads.attachment(document.fileName(), Downloads.PDF, document.content());
    }
}

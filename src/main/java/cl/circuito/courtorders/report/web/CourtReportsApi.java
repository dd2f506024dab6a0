package cl.circuito.courtorders.report.web;

import cl.circuito.courtorders.ledger.web.CourtOrderResponse;
import cl.circuito.courtorders.report.CourtReportFiles;
import cl.circuito.courtorders.report.CourtReports;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.CourtOrderFacts;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The report per family court for machine clients: the courts with counts, a court's children as JSON, and the
 * files. No {@code produces} on the files: an error is answered as problem details whatever the client accepts.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Informe por tribunal", description = "Cada NNA que un tribunal de familia derivó a los programas del "
        + "alcance del usuario: programa, recepción, plazo, decisión, prelación, fecha estimada y último oficio")
@SecurityRequirement(name = "token")
class CourtReportsApi {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CurrentActor currentActor;
    private final CourtReports reports;
    private final CourtReportFiles files;

    CourtReportsApi(CurrentActor currentActor, CourtReports reports, CourtReportFiles files) {
        this.currentActor = currentActor;
        this.reports = reports;
        this.files = files;
    }

    @Operation(summary = "Tribunales de familia del alcance, con conteos",
            description = "Cuántos NNA derivó cada tribunal a los programas del alcance (o de una región) y cuántos "
                    + "siguen abiertos. Solo conteos.")
    @ApiResponse(responseCode = "200", description = "Los tribunales.")
    @GetMapping("/court-orders/courts")
    List<CourtCountResponse> courts(@Parameter(description = "Código de región, opcional")
                                    @RequestParam(required = false) String region) {
        return reports.courts(currentActor.get(), region).courts().stream().map(CourtCountResponse::of).toList();
    }

    @Operation(summary = "Informe de un tribunal de familia",
            description = "Cada NNA que el tribunal derivó, en cada programa del alcance. La lectura queda en la auditoría.")
    @ApiResponse(responseCode = "200", description = "El informe.")
    @ApiResponse(responseCode = "404", description = "El tribunal no existe o no es un tribunal de familia.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/court-orders/courts/{courtId}/report")
    CourtReportResponse report(@PathVariable UUID courtId,
                               @Parameter(description = "Código de región, opcional")
                               @RequestParam(required = false) String region) {
        CourtReports.Report report = reports.report(currentActor.get(), courtId, region, "courtorders.audit.reportViewed",
                false);
        return new CourtReportResponse(courtId, report.court().name(), report.region(), report.drawnOn(),
                report.orders().stream().map(CourtOrderResponse::of).toList());
    }

    @Operation(summary = "Informe de un tribunal de familia en Excel",
            description = "Títulos con totales y una fila por NNA. Cuenta en el límite de exportaciones del usuario.")
    @ApiResponse(responseCode = "200", description = "El archivo xlsx.", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @ApiResponse(responseCode = "404", description = "El tribunal no existe o no es un tribunal de familia.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/court-orders/courts/{courtId}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID courtId,
                                @Parameter(description = "Código de región, opcional")
                                @RequestParam(required = false) String region) {
        return CourtReportsController.xlsxFile(files.xlsx(currentActor.get(), courtId, region));
    }

    @Operation(summary = "Informe de un tribunal de familia en PDF",
            description = "Apaisado (A4 por omisión, o paper=LETTER), con totales por programa al pie de la tabla.")
    @ApiResponse(responseCode = "200", description = "El PDF.", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "400", description = "Parámetro no válido (paper).", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "El tribunal no existe o no es un tribunal de familia.", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/court-orders/courts/{courtId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID courtId,
                               @Parameter(description = "Código de región, opcional")
                               @RequestParam(required = false) String region,
                               @Parameter(description = "A4 o LETTER")
                               @RequestParam(required = false) PaperSize paper) {
        return CourtReportsController.pdfFile(files.pdf(currentActor.get(), courtId, region, paper));
    }

    @Operation(summary = "Informe de todos los tribunales del alcance en Excel",
            description = "Los NNA derivados por cada tribunal de familia a los programas del alcance (o de una región).")
    @ApiResponse(responseCode = "200", description = "El archivo xlsx.", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @GetMapping("/court-orders/report.xlsx")
    ResponseEntity<byte[]> allXlsx(@Parameter(description = "Código de región, opcional")
                                   @RequestParam(required = false) String region) {
        return CourtReportsController.xlsxFile(files.xlsx(currentActor.get(), null, region));
    }

    @Operation(summary = "Informe de todos los tribunales del alcance en PDF",
            description = "Apaisado, con totales por programa al pie de la tabla.")
    @ApiResponse(responseCode = "200", description = "El PDF.", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "400", description = "Parámetro no válido (paper).", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/court-orders/report.pdf")
    ResponseEntity<byte[]> allPdf(@Parameter(description = "Código de región, opcional")
                                  @RequestParam(required = false) String region,
                                  @Parameter(description = "A4 o LETTER")
                                  @RequestParam(required = false) PaperSize paper) {
        return CourtReportsController.pdfFile(files.pdf(currentActor.get(), null, region, paper));
    }

    @Schema(name = "CourtCountResponse")
    record CourtCountResponse(UUID courtId, String court, int referred, int open, int programs) {

        static CourtCountResponse of(CourtOrderFacts.CourtCount c) {
            return new CourtCountResponse(c.courtId(), c.courtName(), c.referred(), c.open(), c.programs());
        }
    }

    @Schema(name = "CourtReportResponse")
    record CourtReportResponse(UUID courtId, String court, String region, LocalDate drawnOn,
                               List<CourtOrderResponse> children) {
    }
}

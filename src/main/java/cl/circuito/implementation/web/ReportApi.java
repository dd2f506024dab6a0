package cl.circuito.implementation.web;

import cl.circuito.implementation.report.ReportGeneration;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The yearly implementation report as a file. */
@RestController
@Tag(name = "Informe de implementación", description = "Notas de gestores e informe anual de las Mesas (minuta)")
@SecurityRequirement(name = "token")
class ReportApi {

    private final CurrentActor currentActor;
    private final ReportGeneration reports;

    ReportApi(CurrentActor currentActor, ReportGeneration reports) {
        this.currentActor = currentActor;
        this.reports = reports;
    }

    @Operation(summary = "Informe anual en PDF (A4)",
            description = "Como la minuta: presentación, funcionamiento, proceso, conclusiones. year: por omisión el actual "
                    + "(422 si es anterior a 2010 o futuro); region: sin él, la región del gestor(a) territorial o el informe "
                    + "nacional del equipo nacional; fuera de su alcance, 404. Solo conteos, ningún niño. Queda registrado.")
    @GetMapping("/api/v1/implementation/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String region) {
        ReportGeneration.ReportFile file = reports.pdf(currentActor.get(), year, region);
        return Downloads.attachment(file.fileName(), Downloads.PDF, file.content());
    }

    @Operation(summary = "Informe anual en Word (DOCX, editable)", description = "El mismo contenido que el PDF.")
    @GetMapping("/api/v1/implementation/report.docx")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) String region) {
        ReportGeneration.ReportFile file = reports.docx(currentActor.get(), year, region);
        return Downloads.attachment(file.fileName(), ReportController.DOCX, file.content());
    }
}

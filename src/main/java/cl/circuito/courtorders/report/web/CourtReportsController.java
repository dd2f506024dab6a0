package cl.circuito.courtorders.report.web;

import cl.circuito.courtorders.report.CourtReportFiles;
import cl.circuito.courtorders.report.CourtReports;
import cl.circuito.courtorders.report.ReportFile;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The courts of the asker's scope with their counts and, for each and for all of them, the report as xlsx and PDF
 * (plain links: they work without JavaScript).
 */
@Controller
class CourtReportsController {

    private final CurrentActor currentActor;
    private final CourtReports reports;
    private final CourtReportFiles files;
    private final ProgramDirectory programs;

    CourtReportsController(CurrentActor currentActor, CourtReports reports, CourtReportFiles files,
                           ProgramDirectory programs) {
        this.currentActor = currentActor;
        this.reports = reports;
        this.files = files;
        this.programs = programs;
    }

    @GetMapping("/court-orders/courts")
    String courts(@RequestParam(required = false) String region, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("view", reports.courts(actor, region));
        Map<String, String> regions = new LinkedHashMap<>();
        programs.visibleTo(actor.scope()).stream().sorted(Comparator.comparing(ProgramSummary::regionCode))
                .forEach(p -> regions.putIfAbsent(p.regionCode(), p.regionName()));
        model.addAttribute("regions", regions);
        return "courtorders/report/courts";
    }

    @GetMapping("/court-orders/courts/{courtId}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID courtId, @RequestParam(required = false) String region) {
        return xlsxFile(files.xlsx(currentActor.get(), courtId, region));
    }

    @GetMapping("/court-orders/courts/{courtId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID courtId, @RequestParam(required = false) String region,
                               @RequestParam(required = false) PaperSize paper) {
        return pdfFile(files.pdf(currentActor.get(), courtId, region, paper));
    }

    @GetMapping("/court-orders/report.xlsx")
    ResponseEntity<byte[]> allXlsx(@RequestParam(required = false) String region) {
        return xlsxFile(files.xlsx(currentActor.get(), null, region));
    }

    @GetMapping("/court-orders/report.pdf")
    ResponseEntity<byte[]> allPdf(@RequestParam(required = false) String region,
                                  @RequestParam(required = false) PaperSize paper) {
        return pdfFile(files.pdf(currentActor.get(), null, region, paper));
    }

    static ResponseEntity<byte[]> xlsxFile(ReportFile file) {
        return Downloads.attachment(file.fileName(), Downloads.XLSX, file.content());
    }

    static ResponseEntity<byte[]> pdfFile(ReportFile file) {
        return Downloads.attachment(file.fileName(), Downloads.PDF, file.content());
    }
}

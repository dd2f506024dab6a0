package cl.circuito.courtorders.report;

import cl.circuito.courtorders.ledger.CourtOrder;
import cl.circuito.courtorders.ledger.OrderTexts;
import cl.circuito.identity.ExportQuota;
import cl.circuito.letters.CourtLetters.ToldLetter;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfTable;
import cl.circuito.shared.documents.PdfTable.Cell;
import cl.circuito.shared.documents.PdfTable.Column;
import cl.circuito.shared.documents.Spreadsheet;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.CourtOrderFacts.Fact;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The report per family court as xlsx and as a landscape PDF: title lines (court, scope, date, who drew it), one
 * line per child, and the totals (per program, and how many were decided late, admitted, told). Each file counts
 * against the asker's export quota and is audited as an export. Rendering runs outside any transaction.
 */
@Service
public class CourtReportFiles {

    private final CourtReports reports;
    private final OrderTexts cells;
    private final ExportQuota quota;
    private final Messages messages;
    private final Clock clock;

    CourtReportFiles(CourtReports reports, OrderTexts cells, ExportQuota quota, Messages messages, Clock clock) {
        this.reports = reports;
        this.cells = cells;
        this.quota = quota;
        this.messages = messages;
        this.clock = clock;
    }

    public ReportFile xlsx(Actor actor, UUID courtId, String region) {
        quota.claim(actor);
        CourtReports.Report report = reports.report(actor, courtId, region, "courtorders.audit.reportXlsx", true);
        Spreadsheet sheet = Spreadsheet.create(messages.get("courtorders.report.sheet"), title(report, actor),
                cells.headers());
        int number = 0;
        for (CourtOrder order : report.orders()) {
            sheet.row(cells.values(++number, order));
        }
        return new ReportFile(fileName(report, "xlsx"), sheet.toBytes());
    }

    public ReportFile pdf(Actor actor, UUID courtId, String region, PaperSize paper) {
        quota.claim(actor);
        CourtReports.Report report = reports.report(actor, courtId, region, "courtorders.audit.reportPdf", true);
        PdfTable table = new PdfTable(paper == null ? PaperSize.A4 : paper, columns())
                .title(title(report, actor))
                .pageNumbers((page, pages) -> messages.get("courtorders.report.page", String.valueOf(page),
                        String.valueOf(pages)))
                .whenEmpty(messages.get("courtorders.report.empty"));
        int number = 0;
        for (CourtOrder order : report.orders()) {
            table.row(row(++number, order));
        }
        if (!report.orders().isEmpty()) {
            report.perProgram().forEach((program, count) -> table.row(totalRow(
                    messages.get("courtorders.report.programTotal", program), count)));
            table.row(totalRow(messages.get("courtorders.report.total"), report.orders().size()));
        }
        return new ReportFile(fileName(report, "pdf"), table.toBytes());
    }

    private List<Column> columns() {
        return List.of(
                Column.right(messages.get("courtorders.column.number"), 2.5f),
                Column.left(messages.get("courtorders.column.court"), 9f),
                Column.left(messages.get("courtorders.column.child"), 11f),
                Column.left(messages.get("courtorders.column.rut"), 7f),
                Column.left(messages.get("courtorders.column.cause"), 9f),
                Column.left(messages.get("courtorders.column.program"), 10f),
                Column.left(messages.get("courtorders.column.received"), 6f),
                Column.left(messages.get("courtorders.column.deadline"), 7.5f),
                Column.left(messages.get("courtorders.column.decision"), 8f),
                Column.numbers(messages.get("courtorders.column.rank"), 4.5f),
                Column.left(messages.get("courtorders.column.estimated"), 7.5f),
                Column.left(messages.get("courtorders.column.lastLetter"), 9f),
                Column.left(messages.get("courtorders.column.stage"), 9f));
    }

    private List<Cell> row(int number, CourtOrder o) {
        Fact f = o.fact();
        ToldLetter last = o.lastIssued();
        return List.of(
                Cell.of(String.valueOf(number)),
                Cell.of(f.courtName()),
                Cell.of(f.childName()),
                Cell.nowrap(f.rut()),
                Cell.of(f.rit()).then(f.ruc(), true),
                Cell.of(f.programName()),
                Cell.nowrap(ChileanDates.day(f.receivedOn())),
                Cell.nowrap(ChileanDates.day(f.dueOn())).then(cells.deadline(o), false),
                Cell.of(cells.decision(o)).then(f.decidedOn() == null ? null : ChileanDates.day(f.decidedOn()), true),
                Cell.of(f.rank() == null ? null : String.valueOf(f.rank())),
                Cell.nowrap(f.estimatedOn() == null ? null : ChileanDates.day(f.estimatedOn())).then(cells.latest(o), false)
                        .then(cells.basis(o), false),
                Cell.of(cells.letterNumber(last)).then(last == null ? null : ChileanDates.day(last.issuedOn()), true)
                        .then(cells.letterSent(last), false),
                Cell.of(cells.stage(o)));
    }

    /** A totals line under the table: the label in the child's column, the count in the first. */
    private static List<Cell> totalRow(String label, long count) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(String.valueOf(count)));
        row.add(Cell.of(null));
        row.add(Cell.of(label));
        for (int i = 3; i < 13; i++) {
            row.add(Cell.of(null));
        }
        return row;
    }

    /** The title lines: what, for whom, the totals, and who drew it when. */
    private List<String> title(CourtReports.Report report, Actor actor) {
        List<String> lines = new ArrayList<>();
        lines.add(report.court() == null ? messages.get("courtorders.report.titleAll")
                : messages.get("courtorders.report.title", report.court().name()));
        lines.add(report.region() == null ? messages.get("courtorders.report.scopeAll")
                : messages.get("courtorders.report.scopeRegion", report.region()));
        lines.add(messages.get("courtorders.report.totals", String.valueOf(report.orders().size()),
                String.valueOf(report.count(o -> o.deadline().isLate())),
                String.valueOf(report.count(CourtOrder::isWaiting)),
                String.valueOf(report.count(CourtOrder::isAdmitted)),
                String.valueOf(report.count(o -> Boolean.FALSE.equals(o.decisionTold())
                        || Boolean.FALSE.equals(o.admissionTold())))));
        lines.add(messages.get("courtorders.report.drawn", ChileanDates.day(report.drawnOn()), actor.displayName(),
                ChileanDates.dayAndTime(clock.instant().atZone(ChileanDates.CHILE))));
        return lines;
    }

    private String fileName(CourtReports.Report report, String extension) {
        String court = report.court() == null ? messages.get("courtorders.report.fileAll") : report.court().name();
        return messages.get("courtorders.report.fileName", court, report.drawnOn().toString()) + "." + extension;
    }
}

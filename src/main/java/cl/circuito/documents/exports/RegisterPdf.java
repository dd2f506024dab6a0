package cl.circuito.documents.exports;

import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfTable;
import cl.circuito.shared.documents.PdfTable.Cell;
import cl.circuito.shared.documents.PdfTable.Column;
import cl.circuito.shared.web.Messages;

import java.util.List;

/**
 * F-SGC-030 laid out as the paper register: landscape, the title block, then one line per child with the form's
 * columns (and SENAINFO's step, which I-SGC-01 asks beside it), the header on every page. Column widths are fixed shares of the page, so A4 and Letter lay out alike;
 * dates and RUTs never break. Drawn as a {@link PdfTable}, not through HTML: a program's 2,000 children are 118
 * pages, which an HTML engine took seconds to lay out.
 */
final class RegisterPdf {

    private RegisterPdf() {
    }

    static byte[] draw(PaperSize paper, List<String> title, List<RegisterPdfLine> lines, Messages messages) {
        PdfTable table = new PdfTable(paper, columns(messages))
                .title(title)
                // As text: a number argument would be formatted by the request's locale.
                .pageNumbers((page, pages) -> messages.get("documents.register.page", String.valueOf(page),
                        String.valueOf(pages)))
                .whenEmpty(messages.get("documents.register.empty"));
        for (RegisterPdfLine line : lines) {
            table.row(cells(line));
        }
        return table.toBytes();
    }

    private static List<Column> columns(Messages m) {
        return List.of(
                Column.right(m.get("documents.column.number"), 2.5f),
                Column.left(m.get("documents.column.child"), 9.5f),
                Column.left(m.get("documents.column.rut"), 7f),
                Column.left(m.get("documents.column.referrer"), 8.5f),
                Column.left(m.get("documents.column.cause"), 8.5f),
                Column.left(m.get("documents.column.received"), 6f),
                Column.left(m.get("documents.column.deadline"), 7f),
                Column.left(m.get("documents.column.decisionWithDate"), 9f),
                Column.left(m.get("documents.column.priority"), 5.5f),
                Column.numbers(m.get("documents.column.score"), 4.5f),
                Column.numbers(m.get("documents.column.rank"), 5.5f),
                Column.left(m.get("documents.column.estimated"), 6f),
                Column.left(m.get("documents.column.lastMonitoringWithDate"), 8f),
                Column.left(m.get("documents.column.exit"), 6.5f),
                Column.left(m.get("documents.column.senainfo"), 6f));
    }

    /** A decision with its date and the state under it; a monitoring's and an exit's date over what it was. */
    private static List<Cell> cells(RegisterPdfLine l) {
        return List.of(
                Cell.of(String.valueOf(l.number())),
                Cell.of(l.child()),
                Cell.nowrap(l.rut()),
                Cell.of(l.referrer()).then(l.causeNumbers(), false),
                Cell.of(l.cause()),
                Cell.nowrap(l.received()),
                Cell.nowrap(l.deadline()),
                Cell.of(l.decision()).then(l.decidedOn(), true).then(l.state(), false),
                Cell.of(l.priority()),
                Cell.of(l.score() == null ? null : String.valueOf(l.score())),
                Cell.of(l.rank() == null ? null : String.valueOf(l.rank())),
                Cell.nowrap(l.estimated()),
                Cell.nowrap(l.monitoredOn()).then(l.monitoring(), false),
                Cell.nowrap(l.exitedOn()).then(l.exitReason(), false),
                Cell.of(l.senainfo()).then(l.senainfoOn(), true));
    }
}

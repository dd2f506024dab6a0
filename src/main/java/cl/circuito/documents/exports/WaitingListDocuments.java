package cl.circuito.documents.exports;

import cl.circuito.identity.ExportQuota;
import cl.circuito.letters.ProgramLetterSettings;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.documents.CsvWriter;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfRenderer;
import cl.circuito.shared.documents.Spreadsheet;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import cl.circuito.waitinglist.RegisterRow;
import cl.circuito.waitinglist.WaitingListRegister;
import cl.circuito.waitinglist.priority.PriorityAssessments;
import cl.circuito.waitinglist.priority.PriorityPrint;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The documents of a program's waiting list, each drawn through the asker's scope (another program's is not
 * found, 404; without READ_CHILD_RECORDS, 403) and each leaving its own line in the audit trail. Rendering runs
 * outside any transaction: a long PDF does not hold a database connection.
 */
@Service
public class WaitingListDocuments {

    /** Years a register can be asked for: from before the source form (2019) to next year. */
    static final int FIRST_YEAR = 2000;

    private final WaitingListRegister register;
    private final PriorityAssessments assessments;
    private final RegisterCells cells;
    private final PdfRenderer pdf;
    private final Messages messages;
    private final Clock clock;
    private final ProgramLetterSettings letterSettings;
    private final ExportQuota quota;

    WaitingListDocuments(WaitingListRegister register, PriorityAssessments assessments, RegisterCells cells,
                         PdfRenderer pdf, Messages messages, Clock clock, ProgramLetterSettings letterSettings,
                         ExportQuota quota) {
        this.register = register;
        this.assessments = assessments;
        this.cells = cells;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
        this.letterSettings = letterSettings;
        this.quota = quota;
    }

    /** F-SGC-030 as a spreadsheet: title lines, then one typed row per entry, in order of receipt. */
    public Document registerXlsx(Actor actor, UUID programId, RegisterFilter filter, Integer year) {
        requireYear(year);
        quota.claim(actor);
        WaitingListRegister.Register drawn = register.read(actor, programId,
                new WaitingListRegister.Criteria(filter.listFilter(), null, null, year), "documents.audit.registerXlsx");
        Spreadsheet sheet = Spreadsheet.create(messages.get("documents.register.sheet"),
                signed(cells.title(title(drawn, filter, year)), actor), cells.headers());
        int number = 0;
        for (RegisterRow row : drawn.rows()) {
            sheet.row(cells.values(++number, row));
        }
        return new Document(fileName(drawn, "xlsx"), sheet.toBytes());
    }

    /** F-SGC-030 as a landscape PDF on A4 or Letter, the table header repeated on every page. */
    /** @param paper null for the paper the program chose for its letters */
    public Document registerPdf(Actor actor, UUID programId, RegisterFilter filter, Integer year, PaperSize paper) {
        requireYear(year);
        if (paper == null) {
            paper = letterSettings.settings(actor, programId).paperSize();
        }
        quota.claim(actor);
        WaitingListRegister.Register drawn = register.read(actor, programId,
                new WaitingListRegister.Criteria(filter.listFilter(), null, null, year), "documents.audit.registerPdf");
        List<RegisterPdfLine> lines = new ArrayList<>(drawn.rows().size());
        int number = 0;
        for (RegisterRow row : drawn.rows()) {
            lines.add(RegisterPdfLine.of(++number, row, cells));
        }
        byte[] content = RegisterPdf.draw(paper, signed(cells.title(title(drawn, filter, year)), actor), lines,
                messages);
        return new Document(fileName(drawn, "pdf"), content);
    }

    /**
     * The list as CSV for Excel, with the list page's filter, search and order (the same rows it shows, on one
     * file instead of pages) and the register's columns.
     */
    public Document waitingListCsv(Actor actor, UUID programId, ListFilter filter, String query, ListSort sort) {
        quota.claim(actor);
        WaitingListRegister.Register drawn = register.read(actor, programId,
                new WaitingListRegister.Criteria(filter, query, sort, null), "documents.audit.csv");
        // Who drew it and when, on the first line; the list import finds the header row below it by its names.
        CsvWriter csv = new CsvWriter().line(List.of(exportedBy(actor))).line(cells.headers());
        int number = 0;
        for (RegisterRow row : drawn.rows()) {
            csv.line(Arrays.asList(cells.values(++number, row)));
        }
        String name = messages.get("documents.csv.fileName", drawn.program().name(), drawn.drawnOn().toString());
        return new Document(name + ".csv", csv.toBytes());
    }

    /** One applied priority guide laid out like annex 1 of I-SGC-01. */
    public Document priorityGuidePdf(Actor actor, UUID entryId, UUID assessmentId, PaperSize paper) {
        PriorityPrint print = assessments.print(actor, entryId, assessmentId, "documents.audit.priorityGuidePdf");
        byte[] content = pdf.render("documents/priority-guide-pdf", Map.of("paper", paper, "print", print,
                "a", print.assessment()));
        // Initials, not the name: a file name stays in the browser's download list on a shared computer.
        String name = messages.get("documents.guide.fileName", initials(print.childName()),
                print.assessment().assessedOn().toString());
        return new Document(name + ".pdf", content);
    }

    /** "Sofía Ñuñez Pérez" → "S. Ñ. P." */
    static String initials(String fullName) {
        return Arrays.stream(fullName.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ".")
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The title lines, then who exported the file and when. */
    private List<String> signed(List<String> title, Actor actor) {
        List<String> lines = new ArrayList<>(title);
        lines.add(exportedBy(actor));
        return lines;
    }

    private String exportedBy(Actor actor) {
        return messages.get("documents.exportedBy", actor.displayName(), actor.username(),
                ChileanDates.dayAndTime(clock.instant().atZone(ChileanDates.CHILE)));
    }

    private void requireYear(Integer year) {
        int last = LocalDate.now(clock).getYear() + 1;
        if (year != null && (year < FIRST_YEAR || year > last)) {
            // As text: a number argument would be formatted "2.027".
            throw new DocumentRequestInvalid("year", "documents.error.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(last));
        }
    }

    private RegisterCells.RegisterTitle title(WaitingListRegister.Register drawn, RegisterFilter filter, Integer year) {
        ProgramSummary p = drawn.program();
        return new RegisterCells.RegisterTitle(p.name(), p.modalityName(), p.institutionName(), p.comunaName(),
                p.regionName(), drawn.drawnOn(), cells.filterText(filter, year), drawn.rows().size());
    }

    private String fileName(WaitingListRegister.Register drawn, String extension) {
        return messages.get("documents.register.fileName", drawn.program().name(), drawn.drawnOn().toString())
                + "." + extension;
    }
}

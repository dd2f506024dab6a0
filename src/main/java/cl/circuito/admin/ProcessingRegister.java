package cl.circuito.admin;

import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.documents.PdfRenderer;
import cl.circuito.shared.documents.Spreadsheet;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.privacy.RetentionTexts;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The register of processing activities (Ley 21.719) for the institution's data protection officer: one row per
 * {@link RecordKind}, with its data categories, purpose, legal basis, retention and recipients. Drawn from the kinds
 * themselves and the configured upload period, so it says what the application does.
 */
@Component
class ProcessingRegister {

    /** One kind of record, in words. */
    record Row(RecordKind kind, String name, String data, String purpose, String basis, String retention,
               String recipients) {
    }

    private final Messages messages;
    private final RetentionTexts retentionTexts;
    private final PdfRenderer pdf;
    private final Clock clock;

    ProcessingRegister(Messages messages, RetentionTexts retentionTexts, PdfRenderer pdf, Clock clock) {
        this.messages = messages;
        this.retentionTexts = retentionTexts;
        this.pdf = pdf;
        this.clock = clock;
    }

    List<Row> rows() {
        return Arrays.stream(RecordKind.values()).map(kind -> new Row(kind, text(kind, "name"), text(kind, "data"),
                text(kind, "purpose"), text(kind, "basis"), retentionTexts.of(kind), text(kind, "recipients")))
                .toList();
    }

    byte[] pdf() {
        return pdf.render("admin/processing-register-pdf", Map.of("paper", PaperSize.A4, "rows", rows(),
                "today", LocalDate.now(clock)));
    }

    byte[] xlsx() {
        Spreadsheet sheet = Spreadsheet.create(messages.get("privacy.register.sheet"),
                List.of(messages.get("privacy.register.heading"), messages.get("privacy.register.drawnOn",
                        cl.circuito.shared.text.ChileanDates.day(LocalDate.now(clock)))),
                List.of(messages.get("privacy.register.column.name"), messages.get("privacy.register.column.data"),
                        messages.get("privacy.register.column.purpose"), messages.get("privacy.register.column.basis"),
                        messages.get("privacy.register.column.retention"),
                        messages.get("privacy.register.column.recipients")));
        for (Row row : rows()) {
            sheet.row(row.name(), row.data(), row.purpose(), row.basis(), row.retention(), row.recipients());
        }
        return sheet.toBytes();
    }

    private String text(RecordKind kind, String column) {
        return messages.get(kind.key(column));
    }
}

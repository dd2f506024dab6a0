package cl.circuito.implementation.report;

import cl.circuito.implementation.scorecards.Mark;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** The report as an editable Word document (A4), with the same words and order as the PDF. */
final class ReportDocx {

    private static final String FONT = "Calibri";
    private static final String GREEN = "0A5C2B";
    private static final String AMBER = "8A5300";
    private static final String RED = "AA0000";

    private ReportDocx() {
    }

    static byte[] write(ReportDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            doc.getProperties().getCoreProperties().setTitle(d.title());
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, d.title(), true, 14, null);
            table(doc, List.of(d.preparedByLabel(), d.dateLabel()), List.of(List.of(d.preparedBy(), d.preparedOn())),
                    null);

            heading(doc, d.presentationTitle());
            d.presentation().forEach(p -> text(doc, p));

            heading(doc, d.functioningTitle());
            for (ReportDocument.MesaFunctioning m : d.functioning()) {
                subheading(doc, m.heading());
                m.sentences().forEach(s -> bullet(doc, s));
                table(doc, d.indicatorHeader(), m.indicators().stream()
                        .map(r -> List.of(r.indicator(), r.value(), r.mark())).toList(),
                        m.indicators().stream().map(ReportDocument.IndicatorRow::markKind).toList());
            }
            comment(doc, d.functioningCommentTitle(), d.functioningComment());

            heading(doc, d.processTitle());
            for (ReportDocument.MesaProcess m : d.process()) {
                subheading(doc, m.heading());
                if (m.none() != null) {
                    text(doc, m.none());
                }
                for (ReportDocument.SemesterProcess s : m.semesters()) {
                    XWPFParagraph p = doc.createParagraph();
                    run(p, s.heading() + " ", true, 11, null);
                    run(p, s.writtenBy(), false, 9, "555555");
                    for (ReportDocument.HeadingLines h : s.headings()) {
                        XWPFParagraph line = doc.createParagraph();
                        run(line, h.label() + ": ", true, 11, null);
                        run(line, String.join("; ", h.items()), false, 11, null);
                        if (h.notes() != null) {
                            text(doc, h.notes());
                        }
                    }
                }
            }
            comment(doc, d.processCommentTitle(), d.processComment());

            heading(doc, d.conclusionsTitle());
            d.conclusions().forEach(p -> text(doc, p));
            subheading(doc, d.summaryTitle());
            table(doc, d.summaryHeader(), d.summary().stream()
                    .map(r -> List.of(r.indicator(), String.valueOf(r.green()), String.valueOf(r.amber()),
                            String.valueOf(r.red()), String.valueOf(r.notApplicable()))).toList(), null);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX writing failed", e);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, true, 13, null);
    }

    private static void subheading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        run(p, text, true, 11, null);
    }

    private static void text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], false, 11, null);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private static void bullet(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(360);
        run(p, "• " + text, false, 11, null);
    }

    private static void comment(XWPFDocument doc, String title, List<String> paragraphs) {
        if (!paragraphs.isEmpty()) {
            subheading(doc, title);
            paragraphs.forEach(p -> text(doc, p));
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size, String color) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
        r.setText(text == null ? "" : text);
        return r;
    }

    /** A table with a bold header; {@code marks}, when given, colours the last cell of each row (words stay). */
    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows, List<Mark> marks) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true, null);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false, marks == null ? null : marks.get(i));
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold, Mark mark) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            boolean last = c == cells.size() - 1;
            run(p, cells.get(c), bold || (last && mark != null && mark != Mark.NOT_APPLICABLE), 10,
                    last ? colour(mark) : null);
        }
    }

    private static String colour(Mark mark) {
        if (mark == null) {
            return null;
        }
        switch (mark) {
            case GREEN:
                return GREEN;
            case AMBER:
                return AMBER;
            case RED:
                return RED;
            default:
                return null;
        }
    }
}

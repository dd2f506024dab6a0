package cl.circuito.shared.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A long register as a landscape PDF, drawn directly with PDFBox: title lines, then a table whose header repeats on
 * every page, rows never split across pages, "Página n de m" at the foot.
 *
 * <p>Why not {@link PdfRenderer}: an HTML engine lays a table of thousands of rows out as a whole (every box, every
 * style) before it paints a page; a register of 2,000 children took 4 to 13 seconds that way. Drawn here, the same
 * pages take a fraction of a second. It keeps the compact look of the HTML registers ({@code pdf/base}): DejaVu Sans
 * at 6.5 pt, grey 0.5 pt rules, a grey header, cells top-aligned with their second lines in grey, so a director
 * cannot tell which way a register was drawn.
 *
 * <pre>{@code
 * byte[] pdf = new PdfTable(PaperSize.A4, List.of(PdfTable.Column.left("NNA", 30), PdfTable.Column.right("N°", 5)))
 *         .title(List.of("Nómina", "Programa: PRM"))
 *         .pageNumbers((n, of) -> "Página " + n + " de " + of)
 *         .whenEmpty("Sin NNA.")
 *         .row(List.of(PdfTable.Cell.of("Sofía"), PdfTable.Cell.of("1")))
 *         .toBytes();
 * }</pre>
 */
public final class PdfTable {

    /** Where a column's text sits: left, or right for numbers. */
    public enum Align { LEFT, RIGHT }

    /**
     * A column: its header, its share of the page's width (any unit: shares are summed), where its cells' text sits
     * and where its header's does.
     */
    public record Column(String header, float share, Align align, Align headerAlign) {

        public Column {
            Objects.requireNonNull(header);
            if (share <= 0) {
                throw new IllegalArgumentException("A column needs a positive share: " + header);
            }
        }

        public static Column left(String header, float share) {
            return new Column(header, share, Align.LEFT, Align.LEFT);
        }

        /** Numbers at the right, the header too. */
        public static Column right(String header, float share) {
            return new Column(header, share, Align.RIGHT, Align.RIGHT);
        }

        /** Numbers at the right under a header at the left. */
        public static Column numbers(String header, float share) {
            return new Column(header, share, Align.RIGHT, Align.LEFT);
        }
    }

    /**
     * A line of a cell's text: the first in black, the following ({@code secondary}) each on a line of its own in
     * grey, as a date under a decision; {@code nowrap} keeps a date or a RUT on one line.
     */
    public record Part(String text, boolean secondary, boolean nowrap) {
    }

    /** A cell: its parts, empty ones (null or blank text) left out. */
    public record Cell(List<Part> parts) {

        public Cell {
            parts = parts.stream().filter(p -> p.text() != null && !p.text().isBlank()).toList();
        }

        /** One text, wrapped to the column; null leaves the cell empty. */
        public static Cell of(String text) {
            return new Cell(List.of(new Part(text, false, false)));
        }

        /** One text kept on one line (a date, a RUT). */
        public static Cell nowrap(String text) {
            return new Cell(List.of(new Part(text, false, true)));
        }

        /** This cell with one more grey line under it. */
        public Cell then(String text, boolean nowrap) {
            List<Part> more = new ArrayList<>(parts);
            more.add(new Part(text, true, nowrap));
            return new Cell(more);
        }
    }

    private final PaperSize paper;
    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();
    private List<String> title = List.of();
    private BiFunction<Integer, Integer, String> pageNumbers;
    private String whenEmpty;

    public PdfTable(PaperSize paper, List<Column> columns) {
        this.paper = Objects.requireNonNull(paper);
        this.columns = List.copyOf(columns);
    }

    /** The lines above the table, on the first page: the first as a heading (it is also the PDF's title). */
    public PdfTable title(List<String> lines) {
        this.title = List.copyOf(lines);
        return this;
    }

    /** The text at the foot of each page, from the page's number and the number of pages. */
    public PdfTable pageNumbers(BiFunction<Integer, Integer, String> format) {
        this.pageNumbers = format;
        return this;
    }

    /** What the page says instead of an empty table. */
    public PdfTable whenEmpty(String text) {
        this.whenEmpty = text;
        return this;
    }

    /** One row, a cell per column in the columns' order. */
    public PdfTable row(List<Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells, not " + cells.size());
        }
        rows.add(cells);
        return this;
    }

    public byte[] toBytes() {
        try (PDDocument document = new PDDocument();
             PdfTableLayout layout = new PdfTableLayout(document, pageSize())) {
            layout.draw(this);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setProducer("Circuito");
            if (!title.isEmpty()) {
                info.setTitle(title.get(0));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF drawing failed", e);
        }
    }

    private PDRectangle pageSize() {
        PDRectangle portrait = paper == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }

    List<Column> columns() {
        return columns;
    }

    List<List<Cell>> rows() {
        return rows;
    }

    List<String> titleLines() {
        return title;
    }

    String footer(int page, int pages) {
        return pageNumbers == null ? null : pageNumbers.apply(page, pages);
    }

    String emptyText() {
        return whenEmpty;
    }
}

package cl.circuito.shared.documents;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link PdfTable} out and draws it: first every row's lines and height (so the number of pages is known
 * before the first foot is written), then page by page, each page in one content stream. Sizes follow the CSS of
 * the HTML registers it replaces ({@code pdf/base} and the register's own rules), in points.
 *
 * <p>Longer than our classes usually are because measuring and drawing share one geometry (column widths, wrapped
 * lines, row heights); split apart, the two would have to agree on it twice.
 */
final class PdfTableLayout implements Closeable {

    private static final float CM = 72f / 2.54f;
    private static final float MARGIN_TOP = 1.5f * CM;
    private static final float MARGIN_SIDE = 1.2f * CM;
    private static final float MARGIN_BOTTOM = 1.8f * CM;
    /** The body's own margin in HTML (8 px) inside the page's: at the sides, and above the first page's text. */
    private static final float BODY_MARGIN = 6f;
    private static final float LEFT = MARGIN_SIDE + BODY_MARGIN;
    private static final float LINE_HEIGHT = 1.2f;
    private static final float BODY_SIZE = 6.5f;
    private static final float HEADER_SIZE = 6f;
    private static final float HEADING_SIZE = 11f;
    private static final float HEADING_GAP = 0.1f * CM;
    private static final float TITLE_SIZE = 7.5f;
    private static final float TITLE_GAP = 0.25f * CM;
    private static final float EMPTY_GAP = 0.5f * CM;
    private static final float FOOTER_SIZE = 8f;
    private static final float PAD_X = 2f;
    private static final float PAD_Y = 1.5f;
    private static final float RULE = 0.5f;

    /** Greys (CSS #111, #444, …) as PDF grey levels: no java.awt.Color, which would load the desktop's libraries. */
    private static final float TEXT = 0x11 / 255f;
    private static final float SECONDARY = 0x44 / 255f;
    private static final float RULES = 0x77 / 255f;
    private static final float HEADER_FILL = 0xee / 255f;
    private static final float FOOTER = 0x55 / 255f;

    private final PDDocument document;
    private final List<TrueTypeFont> opened = new ArrayList<>();
    private final PDRectangle size;
    private final PdfFace regular;
    private final PdfFace bold;
    private final PdfFace italic;

    PdfTableLayout(PDDocument document, PDRectangle size) throws IOException {
        this.document = document;
        this.size = size;
        this.regular = face(EmbeddedFonts.REGULAR);
        this.bold = face(EmbeddedFonts.BOLD);
        this.italic = face(EmbeddedFonts.ITALIC);
    }

    private PdfFace face(EmbeddedFonts font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
        opened.add(ttf);
        // Without glyph substitution: PDFBox would otherwise run the font's GSUB rules (ligatures) on every text
        // it shows, which for a register's hundred thousand short texts cost more than all the rest of the drawing.
        // HTML documents do not ligate either, so a register reads and copies the same.
        ttf.setEnableGsub(false);
        // Subset: the PDF carries only the glyphs it shows; the font is read until the document is saved.
        return new PdfFace(PDType0Font.load(document, ttf, true));
    }

    /** Releases the fonts: after the document is saved (subsetting reads them). */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont ttf : opened) {
            ttf.close();
        }
    }

    /** A line of text placed in its box: x from the box's left, baseline from the box's top. */
    private record Line(String text, PdfFace face, float size, float grey, float x, float baseline) {
    }

    /** A row ready to draw: its lines per column and its height. */
    private record Block(List<List<Line>> cells, float height) {
    }

    void draw(PdfTable table) throws IOException {
        float width = size.getWidth() - 2 * LEFT;
        List<PdfTable.Column> columns = table.columns();
        float shares = (float) columns.stream().mapToDouble(PdfTable.Column::share).sum();
        float[] left = new float[columns.size() + 1];
        left[0] = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            left[i + 1] = left[i] + width * columns.get(i).share() / shares;
        }

        List<Line> heading = heading(table.titleLines(), width);
        float headingHeight = heading.isEmpty() ? 0 : bottom(heading);
        Block header = header(columns, left);
        List<Block> blocks = new ArrayList<>(table.rows().size());
        for (List<PdfTable.Cell> row : table.rows()) {
            blocks.add(row(row, columns, left));
        }

        List<List<Block>> pages = paginate(blocks, headingHeight, header.height());
        int page = 0;
        for (List<Block> onPage : pages) {
            page++;
            PDPage pdfPage = new PDPage(size);
            document.addPage(pdfPage);
            try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
                Painter painter = new Painter(stream);
                float top = MARGIN_TOP;
                if (page == 1) {
                    painter.text(heading, LEFT, top + BODY_MARGIN);
                    top += BODY_MARGIN + headingHeight;
                }
                if (blocks.isEmpty()) {
                    if (table.emptyText() != null) {
                        // The heading's gap and the note's collapse into the larger, as CSS margins do.
                        painter.text(lines(table.emptyText(), italic, BODY_SIZE, TEXT, width, false, 0, 0), LEFT,
                                top + EMPTY_GAP);
                    }
                } else {
                    top += page == 1 && !heading.isEmpty() ? TITLE_GAP : 0;
                    painter.table(header, onPage, left, top);
                }
                String foot = table.footer(page, pages.size());
                if (foot != null) {
                    painter.footer(foot);
                }
                painter.finish();
            }
        }
    }

    /** Rows never split: a row that does not fit starts the next page, under the repeated header. */
    private List<List<Block>> paginate(List<Block> blocks, float headingHeight, float headerHeight) {
        float pageBody = size.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        List<List<Block>> pages = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        float room = pageBody - BODY_MARGIN - (headingHeight > 0 ? headingHeight + TITLE_GAP : 0) - headerHeight;
        for (Block block : blocks) {
            if (block.height() > room && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
                room = pageBody - headerHeight;
            }
            current.add(block);
            room -= block.height();
        }
        pages.add(current);
        return pages;
    }

    private List<Line> heading(List<String> title, float width) {
        List<Line> lines = new ArrayList<>();
        if (title.isEmpty()) {
            return lines;
        }
        lines.addAll(lines(title.get(0), bold, HEADING_SIZE, TEXT, width, false, 0, 0));
        float top = lines.isEmpty() ? 0 : bottom(lines) + HEADING_GAP;
        for (String line : title.subList(1, title.size())) {
            List<Line> more = lines(line, regular, TITLE_SIZE, TEXT, width, false, 0, top);
            lines.addAll(more);
            top = more.isEmpty() ? top : bottom(more);
        }
        return lines;
    }

    private Block header(List<PdfTable.Column> columns, float[] left) {
        List<List<Line>> cells = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < columns.size(); i++) {
            PdfTable.Column column = columns.get(i);
            List<Line> lines = aligned(lines(column.header(), bold, HEADER_SIZE, TEXT, inner(left, i), false, 0,
                    PAD_Y), column.headerAlign(), inner(left, i));
            cells.add(lines);
            height = Math.max(height, lines.isEmpty() ? 0 : bottom(lines));
        }
        return new Block(cells, height + PAD_Y + RULE);
    }

    private Block row(List<PdfTable.Cell> row, List<PdfTable.Column> columns, float[] left) {
        List<List<Line>> cells = new ArrayList<>(row.size());
        float height = 0;
        for (int i = 0; i < row.size(); i++) {
            float inner = inner(left, i);
            List<Line> lines = new ArrayList<>();
            float top = PAD_Y;
            for (PdfTable.Part part : row.get(i).parts()) {
                List<Line> more = lines(part.text(), regular, BODY_SIZE, part.secondary() ? SECONDARY : TEXT, inner,
                        part.nowrap(), 0, top);
                lines.addAll(more);
                top = more.isEmpty() ? top : bottom(more);
            }
            cells.add(aligned(lines, columns.get(i).align(), inner));
            height = Math.max(height, top);
        }
        return new Block(cells, height + PAD_Y + RULE);
    }

    private static float inner(float[] left, int column) {
        return left[column + 1] - left[column] - 2 * PAD_X - RULE;
    }

    private static List<Line> aligned(List<Line> lines, PdfTable.Align align, float width) {
        if (align == PdfTable.Align.LEFT) {
            return lines;
        }
        return lines.stream().map(l -> new Line(l.text(), l.face(), l.size(), l.grey(),
                width - l.face().width(l.text(), l.size()), l.baseline())).toList();
    }

    /** The line boxes' bottom: the baseline plus the descent and half the leading. */
    private static float bottom(List<Line> lines) {
        Line last = lines.get(lines.size() - 1);
        float lineHeight = last.size() * LINE_HEIGHT;
        float halfLeading = (lineHeight - last.face().height() * last.size()) / 2;
        return last.baseline() + last.face().descent() * last.size() + halfLeading;
    }

    /** The text wrapped to {@code width}, the first line box's top at {@code top}. */
    private static List<Line> lines(String text, PdfFace face, float size, float grey, float width, boolean nowrap,
                                    float x, float top) {
        List<String> wrapped = face.wrap(face.clean(text), size, nowrap ? Float.MAX_VALUE : width);
        float lineHeight = size * LINE_HEIGHT;
        float halfLeading = (lineHeight - face.height() * size) / 2;
        List<Line> lines = new ArrayList<>(wrapped.size());
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(new Line(wrapped.get(i), face, size, grey, x,
                    top + i * lineHeight + halfLeading + face.ascent() * size));
        }
        return lines;
    }

    /** Draws on one page: coordinates from the page's top, turned into PDF's from the bottom here only. */
    private final class Painter {

        private final PDPageContentStream stream;
        private final List<float[]> rules = new ArrayList<>();

        Painter(PDPageContentStream stream) {
            this.stream = stream;
        }

        void text(List<Line> lines, float x, float top) throws IOException {
            if (lines.isEmpty()) {
                return;
            }
            stream.beginText();
            PdfFace face = null;
            float fontSize = 0;
            float grey = -1;
            for (Line line : lines) {
                if (line.face() != face || line.size() != fontSize) {
                    face = line.face();
                    fontSize = line.size();
                    stream.setFont(face.font(), fontSize);
                }
                if (line.grey() != grey) {
                    grey = line.grey();
                    stream.setNonStrokingColor(grey);
                }
                stream.setTextMatrix(Matrix.getTranslateInstance(x + line.x(), y(top + line.baseline())));
                stream.showText(line.text());
            }
            stream.endText();
        }

        void table(Block header, List<Block> rows, float[] left, float top) throws IOException {
            float right = left[left.length - 1];
            stream.setNonStrokingColor(HEADER_FILL);
            stream.addRect(left[0], y(top + header.height()), right - left[0], header.height());
            stream.fill();
            float rowTop = top;
            rule(left[0], rowTop, right, rowTop);
            for (Block block : prepend(header, rows)) {
                for (int i = 0; i < block.cells().size(); i++) {
                    text(block.cells().get(i), left[i] + RULE / 2 + PAD_X, rowTop);
                }
                rowTop += block.height();
                rule(left[0], rowTop, right, rowTop);
            }
            for (float x : left) {
                rule(x, top, x, rowTop);
            }
        }

        void footer(String text) throws IOException {
            PdfFace face = regular;
            String clean = face.clean(text);
            float x = (size.getWidth() - face.width(clean, FOOTER_SIZE)) / 2;
            // Centred in the bottom margin, as CSS centres @bottom-center's box.
            float baseline = MARGIN_BOTTOM / 2 - (face.ascent() - face.descent()) * FOOTER_SIZE / 2;
            stream.beginText();
            stream.setFont(face.font(), FOOTER_SIZE);
            stream.setNonStrokingColor(FOOTER);
            stream.newLineAtOffset(x, baseline);
            stream.showText(clean);
            stream.endText();
        }

        /** The rules go in one path, stroked once per page. */
        void finish() throws IOException {
            if (rules.isEmpty()) {
                return;
            }
            stream.setStrokingColor(RULES);
            stream.setLineWidth(RULE);
            for (float[] r : rules) {
                stream.moveTo(r[0], y(r[1]));
                stream.lineTo(r[2], y(r[3]));
            }
            stream.stroke();
        }

        private void rule(float x1, float top1, float x2, float top2) {
            rules.add(new float[]{x1, top1, x2, top2});
        }

        private float y(float fromTop) {
            return size.getHeight() - fromTop;
        }

        private static List<Block> prepend(Block first, List<Block> rest) {
            List<Block> all = new ArrayList<>(rest.size() + 1);
            all.add(first);
            all.addAll(rest);
            return all;
        }
    }
}

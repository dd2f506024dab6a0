package cl.circuito.shared.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A font of one PDF with what laying text out needs: character widths (looked up once per character, a register
 * measures hundreds of thousands), the text cleaned to what the font can show, and line wrapping as a browser does
 * it.
 */
final class PdfFace {

    /** Latin, its accents and the punctuation of Spanish texts (– · « »): a table; the rest in a map. */
    private static final int TABLE = 0x2200;
    private static final int MISSING = '?';

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float[] widths = new float[TABLE];
    private final Map<Integer, Float> otherWidths = new HashMap<>();
    private final float ascent;
    private final float descent;

    PdfFace(PDType0Font font) throws IOException {
        this.font = font;
        this.cmap = font.getCmapLookup();
        Arrays.fill(widths, Float.NaN);
        this.ascent = font.getFontDescriptor().getAscent() / 1000f;
        this.descent = -font.getFontDescriptor().getDescent() / 1000f;
    }

    PDFont font() {
        return font;
    }

    /** Above the baseline, in ems. */
    float ascent() {
        return ascent;
    }

    /** Below the baseline, in ems, positive. */
    float descent() {
        return descent;
    }

    float height() {
        return ascent + descent;
    }

    /**
     * The text as HTML would show it: runs of white space (line breaks a user typed in a reason) as one space, no
     * control characters, and a character the font lacks as "?" instead of a failed document.
     */
    String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                space = true;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (space && !clean.isEmpty()) {
                clean.append(' ');
            }
            space = false;
            clean.appendCodePoint(cmap.getGlyphId(c) > 0 ? c : MISSING);
        }
        return clean.toString();
    }

    /** The width of a cleaned text at {@code size} points. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            units += units(c);
        }
        return units * size / 1000f;
    }

    /**
     * A cleaned text in lines no wider than {@code width}, broken at spaces. A word wider than the line keeps a line
     * of its own and runs over, as in HTML: a number or a RUT is never cut in two.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        float space = units(' ') * size / 1000f;
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            float wordWidth = width(word, size);
            if (!line.isEmpty() && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(word);
            lineWidth = wordWidth;
        }
        lines.add(line.toString());
        return lines;
    }

    private float units(int c) {
        if (c < TABLE) {
            float w = widths[c];
            if (Float.isNaN(w)) {
                w = measure(c);
                widths[c] = w;
            }
            return w;
        }
        return otherWidths.computeIfAbsent(c, this::measure);
    }

    private float measure(int c) {
        try {
            return font.getStringWidth(Character.toString(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

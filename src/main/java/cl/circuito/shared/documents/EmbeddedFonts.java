package cl.circuito.shared.documents;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans files that travel with the application ({@code fonts/}), read once per JVM: every PDF, through
 * HTML ({@link PdfRenderer}) or drawn directly ({@link PdfTable}), embeds the same faces, so its Spanish text looks
 * alike on every machine and stays extractable.
 */
enum EmbeddedFonts {
    REGULAR("fonts/DejaVuSans.ttf", 400, false),
    BOLD("fonts/DejaVuSans-Bold.ttf", 700, false),
    ITALIC("fonts/DejaVuSans-Oblique.ttf", 400, true),
    BOLD_ITALIC("fonts/DejaVuSans-BoldOblique.ttf", 700, true);

    /** The font family templates name in CSS. */
    static final String FAMILY = "DejaVu Sans";

    private final byte[] bytes;
    private final int weight;
    private final boolean italic;

    EmbeddedFonts(String path, int weight, boolean italic) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            this.bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + path, e);
        }
        this.weight = weight;
        this.italic = italic;
    }

    /** The TrueType file; callers must not change it. */
    byte[] bytes() {
        return bytes;
    }

    int weight() {
        return weight;
    }

    boolean italic() {
        return italic;
    }
}

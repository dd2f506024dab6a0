package cl.circuito.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What a generated PDF says and how it is laid out, read back with PDFBox, as a reader would. */
public record PdfText(String text, int pages, float pageWidthPoints, float pageHeightPoints) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle size = document.getPage(0).getMediaBox();
            return new PdfText(new PDFTextStripper().getText(document), document.getNumberOfPages(),
                    size.getWidth(), size.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    /** A4 is 595 × 842 points; Letter is 612 × 792. */
    public boolean isA4() {
        return Math.round(pageWidthPoints) == 595 && Math.round(pageHeightPoints) == 842;
    }

    public boolean isLetter() {
        return Math.round(pageWidthPoints) == 612 && Math.round(pageHeightPoints) == 792;
    }
}

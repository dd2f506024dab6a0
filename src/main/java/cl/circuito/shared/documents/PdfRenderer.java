package cl.circuito.shared.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a Thymeleaf template into a PDF (letters, registers, the priority guide, minutes).
 *
 * <p>The fonts travel with the application (DejaVu Sans, {@code fonts/}): the PDF's Spanish text (ñ, á,
 * «») then looks the same on every machine and is extractable, whatever fonts the server has. Templates
 * set the page size and the page numbers in CSS ({@code pdf/base :: style}). No resource is fetched
 * from outside: images (a letterhead's logo) come as {@code data:} URIs, so a template can never make
 * the server call an address someone typed.
 *
 * <p>A table of thousands of rows is slow through HTML (the engine lays the whole table out before it paints):
 * draw a long register with {@link PdfTable} instead.
 */
@Component
public class PdfRenderer {

    /** The font family templates name in CSS. */
    public static final String FONT_FAMILY = EmbeddedFonts.FAMILY;
    private static final Locale ES_CL = Locale.forLanguageTag("es-CL");

    private final SpringTemplateEngine templates;

    static {
        // Its own logging goes to stderr at INFO for every document ("Prepare to fly."); keep its warnings only.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    PdfRenderer(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} (a Thymeleaf HTML template name) with {@code model}, in Spanish (Chile). */
    public byte[] render(String template, Map<String, ?> model) {
        Context context = new Context(ES_CL);
        model.forEach(context::setVariable);
        return renderHtml(templates.process(template, context));
    }

    /** Renders an HTML document; jsoup makes it well formed first (HTML5 as Thymeleaf writes it). */
    public byte[] renderHtml(String html) {
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Circuito");
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        for (EmbeddedFonts font : EmbeddedFonts.values()) {
            builder.useFont(() -> new ByteArrayInputStream(font.bytes()), FONT_FAMILY, font.weight(),
                    font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.withW3cDocument(document, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }
}

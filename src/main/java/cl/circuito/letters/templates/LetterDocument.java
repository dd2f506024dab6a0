package cl.circuito.letters.templates;

import cl.circuito.shared.documents.PdfRenderer;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Lays a letter out on its institution's letterhead and renders the PDF ({@code letters/letter-pdf}). */
@Component
public class LetterDocument {

    private final PdfRenderer renderer;
    private final Letterheads letterheads;

    LetterDocument(PdfRenderer renderer, Letterheads letterheads) {
        this.renderer = renderer;
        this.letterheads = letterheads;
    }

    public byte[] render(LetterLayout layout) {
        Optional<Letterhead> letterhead = layout.institutionId() == null ? Optional.empty()
                : letterheads.findById(layout.institutionId());
        Map<String, Object> model = new HashMap<>();
        model.put("paper", layout.paper());
        model.put("letter", layout);
        model.put("logo", letterhead.map(Letterhead::logoDataUri).orElse(null));
        model.put("headerLines", lines(letterhead.map(Letterhead::headerLines).orElse(null)));
        model.put("footerLines", lines(letterhead.map(Letterhead::footerLines).orElse(null)));
        return renderer.render("letters/letter-pdf", model);
    }

    private static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

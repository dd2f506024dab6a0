package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterChild;
import cl.circuito.shared.documents.PaperSize;

import java.util.List;
import java.util.UUID;

/**
 * Everything printed on a letter, whether issued or previewed: the letterhead is the institution's, the
 * rest comes from the letter (or, for a template preview, from fictional sample values).
 *
 * @param numberLabel    "Oficio N° 12/2026", or null for a draft (printed as a draft, never numbered)
 * @param placeAndDate   "Concepción, 22 de noviembre de 2026"
 * @param references     the ANT. lines: "RIT C-123-2026 · RUC 2610012345-6", "Corrige el Oficio N° 9/2026…"
 * @param salutation     printed before the body ("De mi consideración:"), or null
 * @param closing        printed after the body and the table, before the signature, or null
 * @param listedChildren the table of a list letter (monthly batch), after the body and before the closing;
 *                       empty for a letter about one child
 */
public record LetterLayout(UUID institutionId, PaperSize paper, String numberLabel, String placeAndDate,
                           String subject, List<String> references, String recipientName, boolean recipientIsCourt,
                           String salutation, String body, String closing, List<LetterChild> listedChildren,
                           Signature signature) {

    public boolean draft() {
        return numberLabel == null;
    }

    public boolean hasSalutation() {
        return salutation != null && !salutation.isBlank();
    }

    public boolean hasClosing() {
        return closing != null && !closing.isBlank();
    }

    /** The body's paragraphs (split on blank lines), each as its lines. */
    public List<List<String>> paragraphs() {
        return TemplateText.paragraphs(body);
    }
}

package cl.circuito.networkmap.map;

import cl.circuito.shared.documents.FileSignatures;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A protocol's signed document, checked: a PDF, a Word document (DOCX) or an OpenDocument text (ODT), by its
 * content and not only its name, up to {@link #MAX_BYTES}.
 */
public record ProtocolDocument(String fileName, String contentType, byte[] bytes) {

    /** Under the upload limit of the whole request (10 MB), so a file too big is said next to the field. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    /** @throws NetworkRuleViolation on field "document" when empty, too big or of another type */
    public static ProtocolDocument of(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw NetworkRuleViolation.invalid("document", "networkmap.error.document.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw NetworkRuleViolation.invalid("document", "networkmap.error.document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = FileSignatures.safeName(fileName, "protocolo");
        String type = sniff(name, bytes);
        if (type == null) {
            throw NetworkRuleViolation.invalid("document", "networkmap.error.document.type", name);
        }
        return new ProtocolDocument(name, type, bytes);
    }

    static String sniff(String name, byte[] b) {
        String type = FileSignatures.typeOf(b);
        if (FileSignatures.PDF.equals(type)) {
            return PDF;
        }
        // DOCX and ODT are zip archives: told apart by the name, and ODT by its uncompressed "mimetype" entry.
        if (FileSignatures.ZIP.equals(type)) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".docx")) {
                return DOCX;
            }
            String head = new String(b, 0, Math.min(b.length, 120), StandardCharsets.ISO_8859_1);
            if (lower.endsWith(".odt") && head.contains(ODT)) {
                return ODT;
            }
        }
        return null;
    }
}

package cl.circuito.shared.input;

import java.text.Normalizer;

/**
 * The one normalisation of text that arrives from outside (form fields, query parameters, JSON strings): what
 * PostgreSQL, PDFs and spreadsheets cannot hold, or hold ambiguously, never reaches a service.
 *
 * <ul>
 *   <li>NUL and the other C0/C1 control characters are dropped (PostgreSQL refuses NUL in text; the others are
 *       invisible on screen and break XML-based documents), except tab and line breaks;</li>
 *   <li>Windows and old Mac line breaks become {@code \n}, so a text's length is the same from every browser;</li>
 *   <li>Unicode is composed (NFC): "é" typed as e + combining accent compares, searches and counts like "é";</li>
 *   <li>lone surrogate halves (invalid UTF-16, which PostgreSQL's UTF-8 cannot store) are dropped.</li>
 * </ul>
 * Leading and trailing spaces are kept: whether blank means "absent" is each form's rule.
 */
public final class InputText {

    private InputText() {
    }

    public static String clean(String text) {
        if (text == null || text.isEmpty() || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!dropped(c)) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || dropped(c) || c > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean dropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c);
    }
}

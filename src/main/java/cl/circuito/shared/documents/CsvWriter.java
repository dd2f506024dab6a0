package cl.circuito.shared.documents;

import cl.circuito.shared.text.ChileanDates;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A CSV for the spreadsheet people here open it with: Excel with Chilean regional settings.
 *
 * <ul>
 *   <li>Separator {@code ;}: in es-CL the decimal separator is the comma, so Excel's list separator is the
 *       semicolon; with commas it would put each line in a single column.</li>
 *   <li>UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and "Muñoz" turns into
 *       "MuÃ±oz".</li>
 *   <li>RFC 4180 quoting (a field with the separator, a quote or a line break goes in double quotes, quotes
 *       doubled) and CRLF line ends.</li>
 *   <li>A text that starts like a formula ({@code = + - @}) gets a leading apostrophe, so a name or a reason
 *       typed by someone can never run as a formula in the director's Excel (CSV injection).</li>
 * </ul>
 */
public final class CsvWriter {

    public static final char SEPARATOR = ';';
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    public CsvWriter line(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(field(values.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] toBytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(BOM.length + body.length);
        out.writeBytes(BOM);
        out.writeBytes(body);
        return out.toByteArray();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate) {
            return ChileanDates.day((LocalDate) value);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        boolean quote = s.indexOf(SEPARATOR) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || s.startsWith(" ") || s.endsWith(" ");
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}

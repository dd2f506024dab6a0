package cl.circuito.documents.exports;

import java.util.ArrayList;
import java.util.List;

/** Reads a ';'-separated CSV back with RFC 4180 quoting, as a spreadsheet would. */
final class CsvParsing {

    private CsvParsing() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!line.isEmpty() || field.length() > 0) {
            line.add(field.toString());
            lines.add(line);
        }
        return lines;
    }
}

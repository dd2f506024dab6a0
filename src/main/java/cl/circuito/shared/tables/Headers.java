package cl.circuito.shared.tables;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the header row of a sheet that may have title lines above it ("Nómina de Niños – Lista de Espera",
 * "Programa: …") and blank lines, and proposes which column holds which field, by the names people give columns.
 * Names are compared folded: case, accents, punctuation and spacing do not matter ("N° RUT", "rut", "R.U.T.").
 */
public final class Headers {

    /** Title lines sit above the header; nobody writes more than a few. */
    static final int ROWS_SEARCHED = 15;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]+");

    private Headers() {
    }

    /**
     * @param row      the header row
     * @param proposed column index → field, for the columns whose name is known; each field at most once
     */
    public record Header(Table.Row row, Map<Integer, String> proposed) {

        public Header {
            proposed = Map.copyOf(proposed);
        }

        /** The header's column names, as written. */
        public List<String> names() {
            return row.cells();
        }
    }

    /**
     * @param aliases field → the names its column goes by (folded or not)
     * @return the first row among the first {@value #ROWS_SEARCHED} that names the most known columns, with at
     * least {@code minimumKnown} of them; empty when none does
     */
    public static Optional<Header> find(Table table, Map<String, ? extends Collection<String>> aliases,
                                        int minimumKnown) {
        Map<String, String> fieldByName = new HashMap<>();
        aliases.forEach((field, names) -> names.forEach(name -> fieldByName.putIfAbsent(fold(name), field)));
        Header best = null;
        for (Table.Row row : table.rows().subList(0, Math.min(ROWS_SEARCHED, table.rows().size()))) {
            Map<Integer, String> proposed = propose(row, fieldByName);
            if (proposed.size() >= minimumKnown && (best == null || proposed.size() > best.proposed().size())) {
                best = new Header(row, proposed);
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<Integer, String> propose(Table.Row row, Map<String, String> fieldByName) {
        Map<Integer, String> proposed = new LinkedHashMap<>();
        for (int column = 0; column < row.cells().size(); column++) {
            String field = fieldByName.get(fold(row.cell(column)));
            if (field != null && !proposed.containsValue(field)) {
                proposed.put(column, field);
            }
        }
        return proposed;
    }

    /**
     * "Fecha de Recepción " → "fecha de recepcion"; "R.U.T." → "rut" (dots join, as in abbreviations); "RIT/RUC" →
     * "rit ruc".
     */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(name.replace(".", ""), Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_ALPHANUMERIC.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

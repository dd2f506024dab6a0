package cl.circuito.waitinglist.importing;

import cl.circuito.shared.tables.Headers;
import cl.circuito.shared.tables.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which column of the sheet holds which field, by column index. Proposed from what the program confirmed last time
 * (by the folded column name), then from the names columns go by ({@link ListField}); the user may change any.
 */
public record ColumnMapping(Table.Row header, Map<Integer, ListField> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    /** The header row found in the sheet and the columns it names; empty when no row names two known columns. */
    static Optional<ColumnMapping> propose(Table table, Map<String, ListField> remembered) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        // What this program confirmed before comes first: its own names win over the common ones.
        remembered.forEach((name, field) -> aliases.computeIfAbsent(field.name(), f -> new ArrayList<>()).add(name));
        ListField.aliases().forEach((field, names) -> aliases.computeIfAbsent(field, f -> new ArrayList<>())
                .addAll(names));
        return Headers.find(table, aliases, 2).map(header -> {
            Map<Integer, ListField> columns = new TreeMap<>();
            header.proposed().forEach((column, field) -> columns.put(column, ListField.valueOf(field)));
            return new ColumnMapping(header.row(), columns);
        });
    }

    /** The user's mapping for this header: each field at most once (the first column chosen keeps it). */
    ColumnMapping with(Map<Integer, ListField> chosen) {
        Map<Integer, ListField> columns = new TreeMap<>();
        chosen.forEach((column, field) -> {
            if (field != null && column >= 0 && column < header.cells().size() && !columns.containsValue(field)) {
                columns.put(column, field);
            }
        });
        return new ColumnMapping(header, columns);
    }

    public Optional<Integer> columnOf(ListField field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst();
    }

    public boolean has(ListField field) {
        return columns.containsValue(field);
    }

    /** The column's name as the sheet writes it: what a problem names, so the user finds it in their file. */
    public String nameOf(ListField field) {
        return columnOf(field).map(header::cell).filter(name -> !name.isBlank()).orElse(null);
    }

    /**
     * The fields a sheet cannot do without that this mapping lacks: the child's names (in one column or two; the
     * registry needs them even with a RUT), who referred, when and why.
     */
    public List<ListField> missing() {
        List<ListField> missing = new ArrayList<>();
        if (!has(ListField.FULL_NAME) && !(has(ListField.GIVEN_NAMES) && has(ListField.PATERNAL_SURNAME))) {
            missing.add(ListField.FULL_NAME);
        }
        for (ListField field : ListField.ALWAYS_REQUIRED) {
            if (!has(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** What the program keeps for its next upload: folded column name → field. */
    Map<String, ListField> toRemember() {
        Map<String, ListField> remembered = new LinkedHashMap<>();
        columns.forEach((column, field) -> {
            String name = Headers.fold(header.cell(column));
            if (!name.isEmpty()) {
                remembered.put(name, field);
            }
        });
        return remembered;
    }

    /** "0=RUT;3=FULL_NAME": how a confirmed import keeps its mapping. */
    String encoded() {
        List<String> parts = new ArrayList<>();
        columns.forEach((column, field) -> parts.add(column + "=" + field.name()));
        return String.join(";", parts);
    }

    static Map<Integer, ListField> decoded(String encoded) {
        Map<Integer, ListField> columns = new TreeMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String part : encoded.split(";")) {
                String[] pair = part.split("=", 2);
                columns.put(Integer.parseInt(pair[0]), ListField.valueOf(pair[1]));
            }
        }
        return columns;
    }
}

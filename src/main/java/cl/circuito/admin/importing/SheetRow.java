package cl.circuito.admin.importing;

import cl.circuito.shared.tables.Cells;
import cl.circuito.shared.tables.Table;
import cl.circuito.shared.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of an imported sheet, read by field: its cells by the column each field was found in, and the problems
 * found in it, each saying the row and the column as the sheet names it ("Fila 7, «Comuna»: …").
 */
final class SheetRow {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Table.Row row;
    private final Map<String, Integer> columnOf;
    private final Map<String, String> labelOf;
    private final Messages messages;
    private final List<String> problems = new ArrayList<>();

    SheetRow(Table.Row row, Map<String, Integer> columnOf, Map<String, String> labelOf, Messages messages) {
        this.row = row;
        this.columnOf = columnOf;
        this.labelOf = labelOf;
        this.messages = messages;
    }

    int number() {
        return row.number();
    }

    boolean has(String field) {
        return columnOf.containsKey(field);
    }

    /** The cell's text, spaces collapsed; "" when blank or the column is absent. */
    String text(String field) {
        Integer column = columnOf.get(field);
        return column == null ? "" : row.cell(column).replaceAll("\\s+", " ").strip();
    }

    /** The cell's text, refused when blank or longer than {@code max}; null when refused. */
    String required(String field, int max) {
        String value = text(field);
        if (value.isEmpty()) {
            problem(field, "networkImport.problem.required");
            return null;
        }
        return limited(field, value, max);
    }

    /** The cell's text or null when blank; refused when longer than {@code max}. */
    String optional(String field, int max) {
        String value = text(field);
        return value.isEmpty() ? null : limited(field, value, max);
    }

    String email(String field, boolean required) {
        String value = required ? required(field, 200) : optional(field, 200);
        if (value != null && !EMAIL.matcher(value).matches()) {
            problem(field, "networkImport.problem.email", value);
            return null;
        }
        return value;
    }

    Integer wholeNumber(String field) {
        String value = text(field);
        try {
            Integer number = Cells.wholeNumber(value);
            if (number == null) {
                problem(field, "networkImport.problem.required");
            } else if (number < 0) {
                problem(field, "networkImport.problem.negative", value);
                return null;
            }
            return number;
        } catch (IllegalArgumentException e) {
            problem(field, "networkImport.problem.notANumber", value);
            return null;
        }
    }

    /** Yes/no; blank is {@code otherwise}. */
    boolean yesNo(String field, boolean otherwise) {
        String value = text(field);
        try {
            Boolean answer = Cells.yesNo(value);
            return answer == null ? otherwise : answer;
        } catch (IllegalArgumentException e) {
            problem(field, "networkImport.problem.yesNo", value);
            return otherwise;
        }
    }

    String yesNoWord(boolean value) {
        return messages.get(value ? "networkImport.yes" : "networkImport.no");
    }

    void problem(String field, String key, Object... arguments) {
        problems.add(messages.get("networkImport.problem", String.valueOf(row.number()), label(field),
                messages.get(key, arguments)));
    }

    /** The column's name as the sheet writes it, or the field's Spanish name when the sheet has no such column. */
    String label(String field) {
        String label = labelOf.get(field);
        return label != null ? label : messages.get("networkImport.field." + field);
    }

    /** A difference between the sheet and what Circuito has, for a row that exists (nothing is changed). */
    String difference(String field, Object inCircuito, Object inSheet) {
        return messages.get("networkImport.difference", label(field), inCircuito == null ? "—" : inCircuito,
                inSheet == null ? "—" : inSheet);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private String limited(String field, String value, int max) {
        if (value.length() > max) {
            problem(field, "networkImport.problem.tooLong", max);
            return null;
        }
        return value;
    }
}

package cl.circuito.shared.tables;

import java.util.List;

/**
 * A table read from a file: its rows as text, each numbered as the person sees it in Excel (blank rows and
 * title rows keep their numbers, so "fila 14" points at the right line).
 *
 * @param checksum the file's SHA-256, in hex: what the audit keeps to say which file an import came from
 */
public record Table(String fileName, String checksum, Format format, List<Row> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    public enum Format { XLSX, CSV }

    /** One line of the sheet; cells are trimmed text, never null. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** @return the cell's text, or "" beyond the row's last cell */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }
}

package cl.circuito.shared.tables;

import cl.circuito.shared.documents.CsvWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows an import refused, as a CSV the user opens in Excel, fixes and uploads again: the sheet's own header
 * and cells as they came (so the same mapping applies), with the problems in a last column that a re-upload
 * ignores (it is named by no alias).
 */
public final class ErrorFile {

    private ErrorFile() {
    }

    /**
     * @param problems row number → the problems found in it, in Spanish, each naming its column
     */
    public static byte[] of(Table.Row header, List<Table.Row> rows, Map<Integer, List<String>> problems,
                            String problemsColumn) {
        int width = header.cells().size();
        CsvWriter csv = new CsvWriter();
        List<String> names = new ArrayList<>(header.cells());
        names.add(problemsColumn);
        csv.line(names);
        for (Table.Row row : rows) {
            List<String> found = problems.get(row.number());
            if (found == null || found.isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>(width + 1);
            for (int c = 0; c < width; c++) {
                cells.add(row.cell(c));
            }
            cells.add(String.join(" · ", found));
            csv.line(cells);
        }
        return csv.toBytes();
    }
}

package cl.circuito.shared.documents;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An xlsx with one sheet: an optional title, a bold header row and typed cells (dates are real dates,
 * shown dd-mm-yyyy; numbers are numbers), so a director can sort and filter it in any spreadsheet.
 * Streams rows (POI's SXSSF), so a register of thousands of rows keeps little in memory.
 *
 * <p>Columns are as wide as their longest text in characters (header and rows; the title lines run over the empty
 * cells to their right and do not widen the first column). Not POI's auto-size: it measures every cell with the
 * desktop's fonts (AWT), which took most of the time of a 2,500-row register, and ten seconds the first time in a
 * JVM while the fonts load.
 *
 * <pre>{@code
 * Spreadsheet sheet = Spreadsheet.create("Registro de oficios", List.of("N°", "Fecha", "Tipo"));
 * rows.forEach(r -> sheet.row(r.number(), r.issuedOn(), r.kind()));
 * byte[] xlsx = sheet.toBytes();
 * }</pre>
 */
public final class Spreadsheet {

    private static final int ROWS_IN_MEMORY = 200;
    /** Excel's widest column, in characters. */
    private static final int MAX_WIDTH = 255;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle boldStyle;
    private final int[] widest;
    private int nextRow;

    private Spreadsheet(String sheetName, List<String> title, List<String> headers) {
        this.sheet = workbook.createSheet(sheetName);
        this.widest = new int[headers.size()];
        CreationHelper helper = workbook.getCreationHelper();
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(helper.createDataFormat().getFormat("dd-mm-yyyy"));
        this.dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(helper.createDataFormat().getFormat("dd-mm-yyyy hh:mm"));
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.boldStyle = workbook.createCellStyle();
        boldStyle.setFont(bold);
        for (String line : title) {
            Row row = sheet.createRow(nextRow++);
            Cell cell = row.createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(boldStyle);
        }
        if (!title.isEmpty()) {
            nextRow++;
        }
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(boldStyle);
            widen(i, headers.get(i));
        }
        sheet.createFreezePane(0, nextRow);
    }

    public static Spreadsheet create(String sheetName, List<String> headers) {
        return new Spreadsheet(sheetName, List.of(), headers);
    }

    /** With title lines above the header (the form's name, the program, the date it was drawn). */
    public static Spreadsheet create(String sheetName, List<String> title, List<String> headers) {
        return new Spreadsheet(sheetName, title, headers);
    }

    /** One row; null leaves the cell empty. Accepts text, numbers, booleans ("Sí"/"No"), dates and date-times. */
    public Spreadsheet row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            widen(i, value);
            if (value instanceof Number) {
                cell.setCellValue(((Number) value).doubleValue());
            } else if (value instanceof LocalDate) {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof LocalDateTime) {
                cell.setCellValue((LocalDateTime) value);
                cell.setCellStyle(dateTimeStyle);
            } else if (value instanceof Boolean) {
                cell.setCellValue((Boolean) value ? "Sí" : "No");
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    public byte[] toBytes() {
        try (workbook) {
            for (int i = 0; i < widest.length; i++) {
                // Width in 1/256 of a character; one more character for the cell's margins.
                sheet.setColumnWidth(i, Math.min(widest[i] + 1, MAX_WIDTH) * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("xlsx writing failed", e);
        }
    }

    private void widen(int column, Object value) {
        if (column < widest.length) {
            widest[column] = Math.max(widest[column], characters(value));
        }
    }

    /** How many characters the cell shows: dates as dd-mm-yyyy, whole numbers without decimals. */
    private static int characters(Object value) {
        if (value instanceof LocalDate) {
            return 10;
        }
        if (value instanceof LocalDateTime) {
            return 16;
        }
        if (value instanceof Boolean) {
            return 2;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue()).length();
        }
        int longest = 0;
        for (String line : value.toString().split("\n")) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }

    /** For tests and callers that need the sheet type. */
    Sheet sheet() {
        return sheet;
    }
}

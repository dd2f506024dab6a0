package cl.circuito.shared.tables;

import cl.circuito.shared.input.InputText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns an uploaded file into a {@link Table}. What it copes with is what Chilean offices produce:
 * <ul>
 *   <li>xlsx: the first sheet; real Excel dates become ISO text ({@code 2026-12-04}), whole numbers lose their
 *       ".0", formulas give their last computed value.</li>
 *   <li>CSV as Excel saves it with Chilean settings: {@code ;}-separated (the comma is the decimal separator), and
 *       Windows-1252 unless saved as "CSV UTF-8" (with or without a byte-order mark). The encoding is told by
 *       whether the bytes are valid UTF-8: Windows-1252 text with accents almost never is. The separator is the
 *       one of {@code ; , tab} that the first lines use most.</li>
 * </ul>
 * The old binary .xls, a PDF or a damaged file are refused with a message saying what to do instead.
 */
public final class TableReader {

    /** 2,000 children with every column take well under a megabyte; a 10 MB file is not a waiting list. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SEPARATOR_SAMPLE_LINES = 20;

    private TableReader() {
    }

    public static Table read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableTable("table.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableTable("table.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String checksum = sha256(content);
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return new Table(fileName, checksum, Table.Format.XLSX, xlsx(content));
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableTable("table.error.oldExcel");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46) || looksBinary(content)) {
            throw new UnreadableTable("table.error.format");
        }
        return new Table(fileName, checksum, Table.Format.CSV, csv(decode(content)));
    }

    // ---------------------------------------------------------------- xlsx

    private static List<Table.Row> xlsx(byte[] content) {
        // POI's guard against zip bombs stays on (its defaults); a file that trips it is "damaged" to us.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableTable("table.error.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw new UnreadableTable("table.error.tooManyRows", MAX_ROWS);
            }
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException damaged) {
            if (damaged instanceof UnreadableTable unreadable) {
                throw unreadable;
            }
            if (damaged instanceof EmptyFileException) {
                throw new UnreadableTable("table.error.empty");
            }
            throw new UnreadableTable("table.error.damaged");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> clean(cell.getStringCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "Sí" : "No";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            default -> "";
        };
    }

    /** 12345678.0 → "12345678", 2.5 → "2.5": a RUT or a score typed as a number reads as typed. */
    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- CSV

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    private static List<Table.Row> csv(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separatorOf(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new UnreadableTable("table.error.tooManyRows", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(clean(value)));
                rows.add(new Table.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException damaged) {
            // An unclosed quote runs to the end of the file: commons-csv says so with an IOException.
            throw new UnreadableTable("table.error.damagedCsv");
        }
        return rows;
    }

    /** The separator the first lines use most; ";" on a tie, as Excel writes it here. */
    static char separatorOf(String text) {
        String[] lines = text.split("\r\n|\n|\r", SEPARATOR_SAMPLE_LINES + 1);
        char best = ';';
        long bestCount = 0;
        for (char candidate : new char[]{';', ',', '\t'}) {
            long count = 0;
            for (int i = 0; i < Math.min(lines.length, SEPARATOR_SAMPLE_LINES); i++) {
                count += countOutsideQuotes(lines[i], candidate);
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static long countOutsideQuotes(String line, char separator) {
        long count = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- both

    /** Trims, including the non-breaking spaces Excel users paste from the web; a formula-guard apostrophe goes. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        // The one normalisation of outside text (control characters, line breaks, NFC), as a form's fields get.
        String text = InputText.clean(value).replace('\u00A0', ' ').strip();
        // Our own CSV export guards texts starting like a formula with an apostrophe (CsvWriter): reading back.
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text;
    }

    private static boolean looksBinary(byte[] content) {
        int sample = Math.min(content.length, 4096);
        for (int i = 0; i < sample; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

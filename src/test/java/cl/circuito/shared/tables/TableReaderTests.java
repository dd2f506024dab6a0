package cl.circuito.shared.tables;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files as Chilean offices save them: each case read to the rows a person sees in Excel. */
class TableReaderTests {

    private static final Map<String, List<String>> ALIASES = Map.of(
            "rut", List.of("RUT", "R.U.T.", "Rut NNA"),
            "name", List.of("NNA", "Nombre", "Nombre completo"),
            "receivedOn", List.of("Fecha de recepción", "Fecha ingreso"));

    @Test
    void excelsCsvWithChileanSettingsIsWindows1252AndSemicolons() {
        String text = "Nómina de Niños – Lista de Espera;;\r\nPrograma: PRM Ñuñoa;;\r\n;;\r\n"
                + "N°;Nombre;R.U.T.;Fecha de Recepción\r\n1;Rocío Muñoz Peña;12.345.678-5;04-12-2026\r\n;;;\r\n"
                + "2;\"Soto; Ana\";7654321-6;4/12/26\r\n";
        Table table = TableReader.read("lista.csv", text.getBytes(Charset.forName("windows-1252")));

        assertThat(table.format()).isEqualTo(Table.Format.CSV);
        assertThat(table.rows()).hasSize(7);
        assertThat(table.rows().get(4).cells()).containsExactly("1", "Rocío Muñoz Peña", "12.345.678-5", "04-12-2026");
        assertThat(table.rows().get(5).isBlank()).isTrue();
        assertThat(table.rows().get(6).number()).isEqualTo(7);
        assertThat(table.rows().get(6).cell(1)).isEqualTo("Soto; Ana");

        Headers.Header header = Headers.find(table, ALIASES, 2).orElseThrow();
        assertThat(header.row().number()).isEqualTo(4);
        assertThat(header.proposed()).containsEntry(1, "name").containsEntry(2, "rut").containsEntry(3, "receivedOn");
    }

    @Test
    void utf8WithOrWithoutByteOrderMarkAndOtherSeparators() {
        String text = "RUT,Nombre\n12.345.678-5,\"Pérez, José\"\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        for (byte[] file : List.of(utf8, withBom)) {
            Table table = TableReader.read("lista.csv", file);
            assertThat(table.rows().get(0).cells()).containsExactly("RUT", "Nombre");
            assertThat(table.rows().get(1).cells()).containsExactly("12.345.678-5", "Pérez, José");
        }
        Table tabs = TableReader.read("lista.txt", "RUT\tNombre\n1-9\tAna\n".getBytes(StandardCharsets.UTF_8));
        assertThat(tabs.rows().get(1).cells()).containsExactly("1-9", "Ana");
    }

    @Test
    void ourOwnFormulaGuardIsReadBack() {
        Table table = TableReader.read("x.csv", "Nombre;Causa\nAna;'=HYPERLINK(1)\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows().get(1).cell(1)).isEqualTo("=HYPERLINK(1)");
    }

    @Test
    void xlsxGivesRealDatesAsIsoAndWholeNumbersWithoutDecimals() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("F-SGC-030");
            sheet.createRow(0).createCell(0).setCellValue("Nómina de Niños – Lista de Espera (F-SGC-030)");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("NNA");
            header.createCell(1).setCellValue("RUT");
            header.createCell(2).setCellValue("Fecha de recepción");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("  Ana Soto\u00A0");
            row.createCell(1).setCellValue(12345678);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2026, 12, 4));
            row.getCell(2).setCellStyle(dates);
            workbook.write(out);
            file = out.toByteArray();
        }
        Table table = TableReader.read("lista.xlsx", file);

        assertThat(table.format()).isEqualTo(Table.Format.XLSX);
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(1, 3, 4);
        assertThat(table.rows().get(2).cells()).containsExactly("Ana Soto", "12345678", "2026-12-04");
        assertThat(Headers.find(table, ALIASES, 2).orElseThrow().row().number()).isEqualTo(3);
        assertThat(table.checksum()).hasSize(64);
    }

    @Test
    void whatIsNotATableIsRefusedSayingWhatToDo() {
        assertRefused(new byte[0], "table.error.empty");
        assertRefused(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "table.error.oldExcel");
        assertRefused("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "table.error.format");
        assertRefused(new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, "table.error.damaged");
        assertRefused("RUT;Nombre\n1-9;\"Ana\n".getBytes(StandardCharsets.UTF_8), "table.error.damagedCsv");
        assertRefused(new byte[TableReader.MAX_BYTES + 1], "table.error.tooLarge");
        assertRefused("a\n".repeat(TableReader.MAX_ROWS + 1).getBytes(StandardCharsets.UTF_8), "table.error.tooManyRows");
    }

    @Test
    void aSheetWithoutKnownColumnsHasNoHeader() {
        Table table = TableReader.read("x.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Headers.find(table, ALIASES, 2)).isEmpty();
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> TableReader.read("x", content)).isInstanceOf(UnreadableTable.class)
                .extracting(e -> ((UnreadableTable) e).messageKey()).isEqualTo(key);
    }

    @Test
    void theErrorFileReadsBackWithTheSameHeaderAndOnlyTheRefusedRows() {
        Table table = TableReader.read("lista.csv",
                "Título;;\nRUT;Nombre;Fecha de recepción\n1-9;Ana;04-12-2026\n2-7;Luis;31-02-2026\n"
                        .getBytes(StandardCharsets.UTF_8));
        Headers.Header header = Headers.find(table, ALIASES, 2).orElseThrow();

        byte[] file = ErrorFile.of(header.row(), table.rows(), Map.of(4, List.of("Fila 4, «Fecha de recepción»: no es una fecha")),
                "Problemas");
        Table back = TableReader.read("errores.csv", file);

        assertThat(back.rows()).hasSize(2);
        assertThat(back.rows().get(0).cells()).containsExactly("RUT", "Nombre", "Fecha de recepción", "Problemas");
        assertThat(back.rows().get(1).cells()).containsExactly("2-7", "Luis", "31-02-2026",
                "Fila 4, «Fecha de recepción»: no es una fecha");
        assertThat(Headers.find(back, ALIASES, 2).orElseThrow().proposed()).isEqualTo(header.proposed());
    }
}

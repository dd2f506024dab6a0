package cl.circuito.documents.exports;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class WaitingListDocumentsTests {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired WaitingListDocuments documents;
    @Autowired DocumentsScenario scenario;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired cl.circuito.letters.ProgramLetterSettings letterSettings;
    @Autowired cl.circuito.waitinglist.entry.SenainfoSteps senainfo;

    DocumentsScenario.Program p;

    @BeforeEach
    void setUp() {
        p = scenario.create();
    }

    @Test
    void registerSpreadsheetHoldsTitleTypedRowsRankAndEstimate() throws Exception {
        Document xlsx = documents.registerXlsx(p.director(), p.id(), RegisterFilter.OPEN, null);

        assertThat(xlsx.fileName()).startsWith("F-SGC-030 Nómina de Niños – Lista de Espera").endsWith(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            XSSFSheet sheet = book.getSheet("F-SGC-030");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Nómina de Niños – Lista de Espera (F-SGC-030)");
            assertThat(text(sheet, 0, 7)).anyMatch(line -> line.startsWith("Programa: PRM de prueba"));
            assertThat(text(sheet, 0, 7)).contains("NNA incluidos: En lista (abiertos: en evaluación, en espera o con ingreso programado)",
                    "Total: 3 NNA", "Comuna: Santiago, Metropolitana de Santiago");
            Map<String, Row> rows = rowsByChild(sheet);
            assertThat(rows).containsOnlyKeys(p.sofia(), p.jose(), p.martin());

            Row sofia = rows.get(p.sofia());
            Map<String, Integer> col = columns(sheet);
            assertThat(sofia.getCell(col.get("RUT")).getStringCellValue()).isEqualTo(p.sofiaRut());
            Cell received = sofia.getCell(col.get("Fecha de recepción"));
            assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
            assertThat(received.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(p.sofiaReceived());
            assertThat(sofia.getCell(col.get("Decisión de admisibilidad")).getStringCellValue()).isEqualTo("Sujeto de atención");
            assertThat(sofia.getCell(col.get("Fecha de la decisión")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(p.sofiaReceived().plusDays(3));
            assertThat(sofia.getCell(col.get("Prioridad")).getNumericCellValue()).isEqualTo(1);
            assertThat(sofia.getCell(col.get("Puntaje")).getNumericCellValue()).isEqualTo(6);
            assertThat(sofia.getCell(col.get("Lugar en la prelación")).getNumericCellValue()).isEqualTo(1);
            assertThat(DateUtil.isCellDateFormatted(sofia.getCell(col.get("Fecha estimada de ingreso")))).isTrue();
            assertThat(sofia.getCell(col.get("Fecha del último monitoreo")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(p.sofiaMonitored());
            assertThat(sofia.getCell(col.get("Último monitoreo (acción y resultado)")).getStringCellValue())
                    .isEqualTo("Entrevista presencial · Protegido(a)");
            assertThat(sofia.getCell(col.get("RIT / RUC")).getStringCellValue()).startsWith("RIT P-").contains("RUC 26");

            Row jose = rows.get(p.jose());
            assertThat(jose.getCell(col.get("Lugar en la prelación")).getNumericCellValue()).isEqualTo(2);
            assertThat(jose.getCell(col.get("Prioridad"))).isNull();
            Row martin = rows.get(p.martin());
            assertThat(martin.getCell(col.get("Estado")).getStringCellValue()).isEqualTo("En evaluación de admisibilidad");
            assertThat(martin.getCell(col.get("Decisión de admisibilidad")).getStringCellValue()).isEqualTo("Sin decisión");
            assertThat(martin.getCell(col.get("Lugar en la prelación"))).isNull();
            assertThat(DateUtil.isCellDateFormatted(martin.getCell(col.get("Plazo de admisibilidad")))).isTrue();
        }
    }

    @Test
    void registerWithExitsNamesTheReasonAndTheYearFilterKeepsItsYear() throws Exception {
        Document all = documents.registerXlsx(p.director(), p.id(), RegisterFilter.ALL, null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(all.content()))) {
            XSSFSheet sheet = book.getSheet("F-SGC-030");
            Map<String, Row> rows = rowsByChild(sheet);
            assertThat(rows).hasSize(4);
            Map<String, Integer> col = columns(sheet);
            Row valentina = rows.get(p.valentina());
            assertThat(valentina.getCell(col.get("Causal de egreso")).getStringCellValue()).isEqualTo("No sujeto de atención");
            assertThat(valentina.getCell(col.get("Decisión de admisibilidad")).getStringCellValue()).isEqualTo("No sujeto de atención");
            assertThat(valentina.getCell(col.get("Fecha de egreso")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.now().minusDays(15));
        }

        int lastYear = LocalDate.now().getYear() - 1;
        Document none = documents.registerXlsx(p.director(), p.id(), RegisterFilter.ALL, 2001);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(none.content()))) {
            XSSFSheet sheet = book.getSheet("F-SGC-030");
            assertThat(rowsByChild(sheet)).isEmpty();
            assertThat(text(sheet, 0, 7)).contains("NNA incluidos: Todos, incluidas las salidas de la lista; recibidos en 2001");
        }
        assertThatThrownBy(() -> documents.registerXlsx(p.director(), p.id(), RegisterFilter.OPEN, 1999))
                .isInstanceOf(DocumentRequestInvalid.class)
                .satisfies(e -> assertThat(((DocumentRequestInvalid) e).field()).isEqualTo("year"));
        assertThat(lastYear).isGreaterThan(2000);
    }

    @Test
    void registerPdfIsLandscapeWithTheFormsTitleNamesRutsAndDates() {
        Document pdf = documents.registerPdf(p.director(), p.id(), RegisterFilter.OPEN, null, PaperSize.A4);

        PdfText text = PdfText.of(pdf.content());
        assertThat(pdf.fileName()).endsWith(".pdf");
        assertThat(flat(text)).contains("Nómina de Niños – Lista de Espera (F-SGC-030)")
                .contains(p.sofia()).contains(p.jose()).contains(p.martin()).doesNotContain(p.valentina())
                .contains(p.sofiaRut()).contains(DATE.format(p.sofiaReceived()))
                .contains("Sujeto de atención " + DATE.format(p.sofiaReceived().plusDays(3)) + " En espera")
                .contains("Entrevista presencial · Protegido(a)")
                .contains("Página 1 de " + text.pages());
        assertThat(Math.round(text.pageWidthPoints())).isEqualTo(842);
        assertThat(Math.round(text.pageHeightPoints())).isEqualTo(595);

        PdfText letter = PdfText.of(documents.registerPdf(p.director(), p.id(), RegisterFilter.ALL, null,
                PaperSize.LETTER).content());
        assertThat(Math.round(letter.pageWidthPoints())).isEqualTo(792);
        assertThat(Math.round(letter.pageHeightPoints())).isEqualTo(612);
        assertThat(flat(letter)).contains(p.valentina()).contains("No sujeto de atención");
    }

    @Test
    void registerPdfTakesThePaperTheProgramChoseForItsLettersUnlessTold() {
        assertThat(PdfText.of(documents.registerPdf(p.director(), p.id(), RegisterFilter.OPEN, null, null).content())
                .pageWidthPoints()).isEqualTo(842, org.assertj.core.data.Offset.offset(1f));
        letterSettings.change(p.director(), p.id(), null, PaperSize.LETTER, 30, cl.circuito.letters.templates.BatchMode.PER_COURT,
                null);

        assertThat(Math.round(PdfText.of(documents.registerPdf(p.director(), p.id(), RegisterFilter.OPEN, null, null)
                .content()).pageWidthPoints())).isEqualTo(792);
        assertThat(Math.round(PdfText.of(documents.registerPdf(p.director(), p.id(), RegisterFilter.OPEN, null,
                PaperSize.A4).content()).pageWidthPoints())).isEqualTo(842);
    }

    @Test
    void csvOpensInChileanExcelAndHonoursTheListsSearch() {
        Document csv = documents.waitingListCsv(p.director(), p.id(), ListFilter.OPEN, null, ListSort.NAME);

        byte[] bytes = csv.content();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = CsvParsing.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        // The first line says who exported the list and when; the header follows.
        assertThat(lines.get(0)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Exportado por ");
        lines = lines.subList(1, lines.size());
        List<String> header = lines.get(0);
        assertThat(header).startsWith("N°", "NNA", "RUT", "Fecha de nacimiento", "Organismo derivador", "RIT / RUC",
                "Causa de derivación", "Fecha de recepción", "Antecedentes suficientes");
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line).hasSameSizeAs(header));
        Map<String, List<String>> byChild = new HashMap<>();
        lines.subList(1, lines.size()).forEach(line -> byChild.put(line.get(1), line));
        assertThat(byChild).containsOnlyKeys(p.sofia(), p.jose(), p.martin());
        assertThat(byChild.get(p.martin()).get(header.indexOf("Causa de derivación"))).isEqualTo(p.martinReason());
        assertThat(byChild.get(p.sofia()).get(2)).isEqualTo(p.sofiaRut());
        assertThat(byChild.get(p.sofia()).get(header.indexOf("Fecha de recepción"))).isEqualTo(DATE.format(p.sofiaReceived()));
        assertThat(byChild.get(p.sofia()).get(header.indexOf("Lugar en la prelación"))).isEqualTo("1");
        // The list's order (by surname: Muñoz, Ñuñez, Órdenes in Spanish collation).
        assertThat(lines.subList(1, 4).stream().map(l -> l.get(1)).toList()).containsExactly(p.jose(), p.sofia(), p.martin());

        Document searched = documents.waitingListCsv(p.director(), p.id(), ListFilter.OPEN, "nunez", ListSort.DEADLINE);
        List<List<String>> found = CsvParsing.parse(new String(searched.content(), 3, searched.content().length - 3,
                StandardCharsets.UTF_8));
        assertThat(found).hasSize(3); // who exported it, the header, Sofía
        assertThat(found.get(2).get(1)).isEqualTo(p.sofia());
    }

    @Test
    void everyFormatSaysWhereEachChildStandsInSenainfo() throws Exception {
        LocalDate enteredOn = p.sofiaReceived().plusDays(1);
        senainfo.record(p.director(), p.sofiaEntry(), fixtures.version("waiting_list_entry", p.sofiaEntry()),
                cl.circuito.waitinglist.entry.SenainfoSteps.Step.ENTERED, enteredOn);

        Document all = documents.registerXlsx(p.director(), p.id(), RegisterFilter.ALL, null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(all.content()))) {
            XSSFSheet sheet = book.getSheet("F-SGC-030");
            Map<String, Row> rows = rowsByChild(sheet);
            Map<String, Integer> col = columns(sheet);
            Row sofia = rows.get(p.sofia());
            assertThat(sofia.getCell(col.get("SENAINFO")).getStringCellValue()).isEqualTo("Ingresado");
            assertThat(sofia.getCell(col.get("Fecha de ingreso en SENAINFO")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(enteredOn);
            assertThat(sofia.getCell(col.get("Fecha de eliminación de SENAINFO"))).isNull();
            assertThat(rows.get(p.martin()).getCell(col.get("SENAINFO")).getStringCellValue())
                    .isEqualTo("Pendiente de ingreso");
            assertThat(rows.get(p.valentina()).getCell(col.get("SENAINFO")).getStringCellValue())
                    .isEqualTo("Pendiente de eliminación");
        }

        byte[] bytes = documents.waitingListCsv(p.director(), p.id(), ListFilter.SENAINFO_PENDING, null, ListSort.NAME)
                .content();
        List<List<String>> lines = CsvParsing.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        lines = lines.subList(1, lines.size()); // below the line of who exported it
        List<String> header = lines.get(0);
        assertThat(header).endsWith("SENAINFO", "Fecha de ingreso en SENAINFO", "Fecha de eliminación de SENAINFO");
        Map<String, String> byChild = new HashMap<>();
        lines.subList(1, lines.size()).forEach(line -> byChild.put(line.get(1), line.get(header.indexOf("SENAINFO"))));
        // Sofía was entered: the pending filter leaves her out.
        assertThat(byChild).containsOnlyKeys(p.jose(), p.martin(), p.valentina())
                .containsEntry(p.valentina(), "Pendiente de eliminación");

        String pdf = flat(PdfText.of(documents.registerPdf(p.director(), p.id(), RegisterFilter.OPEN, null,
                PaperSize.A4).content()));
        assertThat(pdf).contains("SENAINFO").contains("Ingresado " + DATE.format(enteredOn))
                .contains("Pendiente de ingreso");
    }

    @Test
    void priorityGuidePdfShowsItemsMarksSumAndPriority() {
        Document pdf = documents.priorityGuidePdf(p.director(), p.sofiaEntry(), p.sofiaGuide().id(), PaperSize.A4);

        PdfText text = PdfText.of(pdf.content());
        assertThat(pdf.fileName()).isEqualTo("Pauta de priorización – S. Ñ. P. – " + p.sofiaGuide().assessedOn() + ".pdf");
        assertThat(text.isA4()).isTrue();
        assertThat(text.pages()).as("the annex fits one page").isEqualTo(1);
        String t = text.text();
        assertThat(flat(text)).contains("Nombre NNA:").contains(p.sofia()).contains("Tribunal de Familia")
                .contains("CRITERIOS").contains("Presenta").contains("No Presenta").contains("Sin dato")
                .contains("I. En relación al tipo de delito").contains("Iv. En relación a características contextuales.")
                .contains("Maltrato físico grave en niños lactantes y pre-escolares.")
                .contains("Medidas judiciales adoptadas no garantizan la protección.")
                .contains("Aplíquese Normativa").contains("Permanece en espera")
                .contains("Resultado: Prioridad 1.")
                .contains("Antecedentes del tribunal revisados");
        // Item 2 is present (1), item 7 absent (0), item 20 has no data (X); the sum row says 6 present, 1 without data.
        assertThat(lineOf(t, "2. Maltrato físico grave")).endsWith(" 1");
        assertThat(lineOf(t, "7. Presenta conductas fóbicas.")).endsWith(" 0");
        assertThat(lineOf(t, "20. Medidas judiciales adoptadas")).endsWith(" X");
        assertThat(lineOf(t, "Suma 6")).isEqualTo("Suma 6 1");
        // The result table: the sum written in the row of the priority, as on paper.
        assertThat(lineOf(t, "6 1 ")).isEqualTo("6 1 Aplíquese Normativa");
        assertThat(lineOf(t, "2 Permanece")).isEqualTo("2 Permanece en espera");

        assertThat(PdfText.of(documents.priorityGuidePdf(p.director(), p.sofiaEntry(), p.sofiaGuide().id(),
                PaperSize.LETTER).content()).isLetter()).isTrue();
    }

    @Test
    void everyExportLeavesItsLineInTheAuditTrail() {
        documents.registerXlsx(p.director(), p.id(), RegisterFilter.OPEN, null);
        documents.registerPdf(p.director(), p.id(), RegisterFilter.ALL, null, PaperSize.A4);
        documents.waitingListCsv(p.director(), p.id(), ListFilter.OPEN, null, ListSort.DEADLINE);
        documents.priorityGuidePdf(p.director(), p.sofiaEntry(), p.sofiaGuide().id(), PaperSize.A4);

        List<String> listExports = jdbc.sql("""
                        select what from audit_event where actor_id = ? and subject_type = 'PROGRAM_LIST'
                           and subject_id = ? and action = 'EXPORTED' order by occurred_at""")
                .params(p.director().userId(), p.id()).query(String.class).list();
        assertThat(listExports).containsExactly("documents.audit.registerXlsx", "documents.audit.registerPdf",
                "documents.audit.csv");
        List<String> entryExports = jdbc.sql("""
                        select what from audit_event where actor_id = ? and subject_type = 'ENTRY' and subject_id = ?
                           and what like 'documents.%'""")
                .params(p.director().userId(), p.sofiaEntry()).query(String.class).list();
        assertThat(entryExports).containsExactly("documents.audit.priorityGuidePdf");
    }

    @Test
    void anotherProgramsDocumentsAreNotFoundAndAnAdminMayNotExportChildren() {
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        assertThatThrownBy(() -> documents.registerXlsx(stranger, p.id(), RegisterFilter.OPEN, null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> documents.waitingListCsv(stranger, p.id(), ListFilter.OPEN, null, ListSort.DEADLINE))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> documents.priorityGuidePdf(stranger, p.sofiaEntry(), p.sofiaGuide().id(), PaperSize.A4))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> documents.priorityGuidePdf(p.director(), p.joseEntry(), p.sofiaGuide().id(), PaperSize.A4))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));

        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        assertThatThrownBy(() -> documents.registerPdf(admin, p.id(), RegisterFilter.OPEN, null, PaperSize.A4))
                .isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id in (?, ?)")
                .params(stranger.userId(), admin.userId()).query(Long.class).single()).isZero();
    }

    /** The PDF's words with line breaks as spaces: table cells wrap where the layout decides. */
    private static String flat(PdfText text) {
        return text.text().replaceAll("\\s+", " ");
    }

    private static String lineOf(String text, String start) {
        return text.lines().map(String::trim).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No line starts with " + start + " in:\n" + text));
    }

    private static List<String> text(XSSFSheet sheet, int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(sheet.getRow(i).getCell(0).getStringCellValue());
        }
        return lines;
    }

    /** The header row is the first whose first cell says "N°". */
    private static int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "N°".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No header");
    }

    private static Map<String, Integer> columns(XSSFSheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(headerRow(sheet))) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    private static Map<String, Row> rowsByChild(XSSFSheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (int i = headerRow(sheet) + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            rows.put(row.getCell(1).getStringCellValue(), row);
        }
        return rows;
    }

    @Test
    void initialsNameTheGuidesFile() {
        assertThat(WaitingListDocuments.initials("Sofía  Ñuñez Pérez")).isEqualTo("S. Ñ. P.");
    }
}

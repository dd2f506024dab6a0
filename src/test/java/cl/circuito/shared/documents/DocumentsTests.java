package cl.circuito.shared.documents;

import cl.circuito.testing.PdfText;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTests {

    private final PdfRenderer renderer = new PdfRenderer(engine());

    @Test
    void spanishTextSurvivesAndPagesAreNumbered() {
        List<String> lines = Collections.nCopies(120, "Niña Ñuñoa, acción judicial «urgente» — Peñalolén");
        byte[] pdf = renderer.render("pdf/renderer-test", Map.of("paper", PaperSize.A4,
                "title", "Oficio N° 12/2026: situación proteccional", "lines", lines));

        PdfText text = PdfText.of(pdf);
        assertThat(text.text()).contains("Oficio N° 12/2026: situación proteccional")
                .contains("Niña Ñuñoa, acción judicial «urgente» — Peñalolén");
        assertThat(text.pages()).isGreaterThan(1);
        assertThat(text.text()).contains("Página 1 de " + text.pages()).contains("Página 2 de " + text.pages());
        assertThat(text.isA4()).isTrue();
    }

    @Test
    void letterPaperIsLetterSized() {
        byte[] pdf = renderer.render("pdf/renderer-test",
                Map.of("paper", PaperSize.LETTER, "title", "Carta", "lines", List.of("uno")));
        assertThat(PdfText.of(pdf).isLetter()).isTrue();
    }

    @Test
    void nothingIsFetchedFromOutside() {
        byte[] pdf = renderer.renderHtml("<html><body><p>Antes</p><img src=\"http://127.0.0.1:9/x.png\"/>"
                + "<p>Después</p></body></html>");
        assertThat(PdfText.of(pdf).text()).contains("Antes").contains("Después");
    }

    @Test
    void spreadsheetHoldsTypedRows() throws Exception {
        byte[] xlsx = Spreadsheet.create("Registro", List.of("Nómina de Niños", "PRM Ñuñoa"), List.of("N°", "Fecha", "Niño/a", "Enviado"))
                .row(7, LocalDate.of(2026, 3, 9), "Ñandú Pérez", true)
                .row(8, null, "Sofía Muñoz", false)
                .toBytes();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Registro");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nómina de Niños");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Niño/a");
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(4).getCell(1))).isTrue();
            assertThat(sheet.getRow(4).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Sí");
            assertThat(sheet.getRow(5).getCell(1)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void spreadsheetColumnsFitTheirTextAndTheTitleLeavesTheFirstNarrow() throws Exception {
        String name = "Sofía Ñuñez Pérez de la Fuente";
        byte[] xlsx = Spreadsheet.create("Registro", List.of("Nómina de Niños – Lista de Espera (F-SGC-030), PRM Ñuñoa"),
                        List.of("N°", "Niño/a"))
                .row(1, name)
                .toBytes();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Registro");
            assertThat(sheet.getColumnWidth(0)).isLessThan(5 * 256);
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(name.length() * 256);
        }
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

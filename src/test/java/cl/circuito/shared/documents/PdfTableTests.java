package cl.circuito.shared.documents;

import cl.circuito.shared.documents.PdfTable.Cell;
import cl.circuito.shared.documents.PdfTable.Column;
import cl.circuito.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfTableTests {

    private static final List<Column> COLUMNS = List.of(Column.right("N°", 3), Column.left("NNA", 20),
            Column.left("Decisión (fecha) y estado", 15), Column.numbers("Puntaje", 5));

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNumbersThePages() throws IOException {
        PdfTable table = table(PaperSize.A4);
        for (int i = 1; i <= 300; i++) {
            table.row(row(i));
        }

        byte[] pdf = table.toBytes();

        PdfText text = PdfText.of(pdf);
        assertThat(text.pages()).isGreaterThan(3);
        assertThat(Math.round(text.pageWidthPoints())).as("landscape A4").isEqualTo(842);
        assertThat(Math.round(text.pageHeightPoints())).isEqualTo(595);
        assertThat(text.text()).contains("Nómina de Niños – Lista de Espera (F-SGC-030)").contains("Total: 300 NNA");
        List<String> pages = pages(pdf);
        for (int page = 1; page <= pages.size(); page++) {
            String onPage = pages.get(page - 1);
            assertThat(onPage).as("page %d", page).contains("Decisión (fecha) y")
                    .contains("Página " + page + " de " + pages.size());
        }
        assertThat(pages.get(0)).contains("Total: 300 NNA");
        assertThat(pages.get(1)).doesNotContain("Total: 300 NNA");
    }

    @Test
    void aRowIsNeverSplitAcrossPages() throws IOException {
        PdfTable table = table(PaperSize.LETTER);
        for (int i = 1; i <= 200; i++) {
            table.row(row(i));
        }

        byte[] pdf = table.toBytes();

        assertThat(Math.round(PdfText.of(pdf).pageWidthPoints())).as("landscape Letter").isEqualTo(792);
        int seen = 0;
        for (String page : pages(pdf)) {
            String flat = page.replaceAll("\\s+", " ");
            for (int i = 1; i <= 200; i++) {
                if (flat.contains("Niña Ñuñez " + i + " ")) {
                    seen++;
                    assertThat(flat).contains("Sujeto de atención 16-01-2026 En espera " + i + ";");
                }
            }
        }
        assertThat(seen).isEqualTo(200);
    }

    @Test
    void cellsWrapAtSpacesCollapseWhiteSpaceAndShowWhatTheFontLacksAsAQuestionMark() {
        byte[] pdf = table(PaperSize.A4)
                .row(List.of(Cell.of("1"), Cell.of("Vulneración de derechos;\n\nderivación   del tribunal de familia"),
                        Cell.of("Niño 漢"), Cell.of(null)))
                .toBytes();

        String text = PdfText.of(pdf).text();
        assertThat(text.replaceAll("\\s+", " ")).contains("Vulneración de derechos; derivación del tribunal de familia")
                .contains("Niño ?");
    }

    @Test
    void anEmptyTableSaysSoInsteadOfAHeader() {
        String text = PdfText.of(table(PaperSize.A4).toBytes()).text();

        assertThat(text).contains("No hay NNA en la nómina con este filtro.").contains("Página 1 de 1")
                .doesNotContain("Puntaje");
    }

    @Test
    void aRowNeedsACellPerColumn() {
        assertThatThrownBy(() -> table(PaperSize.A4).row(List.of(Cell.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PdfTable table(PaperSize paper) {
        return new PdfTable(paper, COLUMNS)
                .title(List.of("Nómina de Niños – Lista de Espera (F-SGC-030)", "Programa: PRM Ñuñoa", "Total: 300 NNA"))
                .pageNumbers((page, pages) -> "Página " + page + " de " + pages)
                .whenEmpty("No hay NNA en la nómina con este filtro.");
    }

    /** Every fifth row is taller: a second line in the child's cell. */
    private static List<Cell> row(int i) {
        Cell child = Cell.of("Niña Ñuñez " + i);
        if (i % 5 == 0) {
            child = child.then("RIT P-" + i + "-2026 · RUC 2600012345-6", false);
        }
        return List.of(Cell.of(String.valueOf(i)), child,
                Cell.of("Sujeto de atención").then("16-01-2026", true).then("En espera " + i + ";", false),
                Cell.of(String.valueOf(i % 15)));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}

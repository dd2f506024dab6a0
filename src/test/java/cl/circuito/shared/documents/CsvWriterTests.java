package cl.circuito.shared.documents;

import cl.circuito.shared.tables.TableReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

    @Test
    void quotesWhatWouldBreakALineAndKeepsAccents() {
        byte[] bytes = new CsvWriter()
                .line(List.of("N°", "Niño/a", "Motivo"))
                .line(Arrays.asList(7, "Ñandú Pérez", "Maltrato; \"grave\"\nsegún el tribunal", null, LocalDate.of(2026, 3, 9)))
                .toBytes();

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(CsvWriter.BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("N°;Niño/a;Motivo\r\n"
                + "7;Ñandú Pérez;\"Maltrato; \"\"grave\"\"\nsegún el tribunal\";;09-03-2026\r\n");
        assertThat(TableReader.read("x.csv", bytes).rows().get(1).cells())
                .containsExactly("7", "Ñandú Pérez", "Maltrato; \"grave\"\nsegún el tribunal", "", "09-03-2026");
    }

    @Test
    void aTextThatLooksLikeAFormulaNeverRunsInExcel() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+56 9 1234")).isEqualTo("'+56 9 1234");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field(-3)).isEqualTo("-3");
        assertThat(CsvWriter.field(" espacio ")).isEqualTo("\" espacio \"");
    }
}

package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterChild;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@CircuitoTest
class LetterDocumentTests {

    @Autowired
    LetterDocument document;
    @Autowired
    Letterheads letterheads;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void printsTheLetterOnTheInstitutionsLetterhead() throws Exception {
        UUID program = fixtures.program("PRM", "08101");
        UUID institution = jdbc.sql("select institution_id from program where id = ?").param(program)
                .query(UUID.class).single();
        Letterhead letterhead = Letterhead.of(institution);
        letterhead.describe("Avenida Los Carrera 1234, Concepción\nFono 41 222 3333", "www.fundacion-ficticia.cl",
                "Admin", Instant.now());
        letterhead.replaceLogo("logo.png", "image/png", png(), "Admin", Instant.now());
        letterheads.save(letterhead);

        LetterLayout layout = new LetterLayout(institution, PaperSize.LETTER, "Oficio N° 7/2026",
                "Concepción, 22 de noviembre de 2026", "Informa fecha estimada de ingreso",
                List.of("RIT C-1234-2026 · RUC 2610012345-6"), "Juzgado de Familia de Concepción", true,
                "De mi consideración:", "Informo que Martín Núñez Peña ingresará el 9 de marzo de 2027.",
                "Sin otro particular, saluda atentamente a usted,", List.of(), new Signature("Ximena Ñancupil", "Directora", "PRM Ñuble Sur", "Fundación Ficticia"));

        PdfText pdf = PdfText.of(document.render(layout));

        assertThat(pdf.text())
                .contains("Oficio N° 7/2026")
                .contains("MAT.: Informa fecha estimada de ingreso")
                .contains("Señor(a) Juez(a), Juzgado de Familia de Concepción")
                .contains("Martín Núñez Peña ingresará el 9 de marzo de 2027")
                .contains("Ximena Ñancupil")
                .contains("Avenida Los Carrera 1234, Concepción")
                .contains("www.fundacion-ficticia.cl")
                .contains("Página 1 de 1");
        assertThat(pdf.isLetter()).isTrue();
    }

    @Test
    void aListLetterTablesItsChildrenAndADraftHasNoNumber() {
        LetterLayout layout = new LetterLayout(null, PaperSize.A4, null, "Talca, 1 de diciembre de 2026",
                "Informa fechas estimadas de ingreso", List.of(), "OPD Talca", false, null, "Texto de la nómina.", null,
                List.of(new LetterChild(UUID.randomUUID(), "Sofía Muñoz Ávila", "12.345.678-5", "C-1-2026", null,
                        LocalDate.of(2027, 1, 4))),
                new Signature("Pedro Pérez", null, "PPF Talca", "Corporación Ficticia"));

        PdfText pdf = PdfText.of(document.render(layout));

        assertThat(pdf.text()).contains("BORRADOR — sin número").contains("Sofía Muñoz Ávila")
                .contains("04-01-2027").contains("A: OPD Talca").doesNotContain("Oficio N°");
        assertThat(pdf.isA4()).isTrue();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

package cl.circuito.letters.templates;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class LetterheadAdministrationTests {

    @Autowired LetterheadAdministration letterheads;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    Actor admin;
    UUID institution;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, Set.of());
        institution = TemplateAdministrationTests.institution(jdbc);
    }

    static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLogoIsKeptWithItsTypeJudgedByItsContentAndCanBeRemoved() {
        LetterheadView saved = letterheads.replaceLogo(admin, institution, null, "C:\\logos\\logo ñandú.png", png());

        assertThat(saved.hasLogo()).isTrue();
        assertThat(saved.logoFileName()).isEqualTo("logo ñandú.png");
        LetterheadAdministration.Logo logo = letterheads.logo(admin, institution);
        assertThat(logo.contentType()).isEqualTo("image/png");
        assertThat(logo.content()).isEqualTo(png());

        LetterheadView removed = letterheads.removeLogo(admin, institution, saved.version());
        assertThat(removed.hasLogo()).isFalse();
        assertThatThrownBy(() -> letterheads.logo(admin, institution))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and subject_type = 'LETTERHEAD'")
                .param(institution).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aLogoTooLargeIsRefusedNamingTheLogo() {
        byte[] large = Arrays.copyOf(png(), Letterhead.MAX_LOGO_BYTES + 1);

        assertRefusedOnLogo(() -> letterheads.replaceLogo(admin, institution, null, "grande.png", large),
                "letters.error.logo.tooLarge");
    }

    @Test
    void aFileThatIsNotAPngOrJpegIsRefusedWhateverItsName() {
        assertRefusedOnLogo(() -> letterheads.replaceLogo(admin, institution, null, "logo.png",
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)), "letters.error.logo.type");
        assertRefusedOnLogo(() -> letterheads.replaceLogo(admin, institution, null, "logo.png", new byte[0]),
                "letters.error.logo.empty");
        assertThat(letterheads.letterhead(admin, institution).version()).isNull();
    }

    @Test
    void theLinesAreKeptOnePerLineAndTooManyAreRefusedOnTheirField() {
        LetterheadView saved = letterheads.describe(admin, institution, null, "  Calle Ñuble 12 \n\n Fono 2 2222 2222 ",
                "Pie");

        assertThat(saved.headerLines()).isEqualTo("Calle Ñuble 12\nFono 2 2222 2222");
        assertThatThrownBy(() -> letterheads.describe(admin, institution, saved.version(), "x", "y".repeat(501)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("footerLines"));
        assertThatThrownBy(() -> letterheads.describe(admin, institution, saved.version() + 5, "x", "y"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void theSamplePdfShowsTheLetterheadAndTheLogo() {
        letterheads.replaceLogo(admin, institution, null, "logo.png", png());
        letterheads.describe(admin, institution, letterheads.letterhead(admin, institution).version(),
                "Pasaje Los Aromos 77, Ñuñoa", "contacto@ñandú-ficticia.cl");

        PdfText pdf = PdfText.of(letterheads.previewPdf(admin, institution, null));

        assertThat(pdf.text()).contains("Pasaje Los Aromos 77, Ñuñoa").contains("contacto@ñandú-ficticia.cl")
                .contains("Martina Ñancupil Órdenes").contains("Informa fecha estimada de ingreso");
    }

    private static void assertRefusedOnLogo(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo("logo");
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        });
    }
}

package cl.circuito.shared.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSignaturesTests {

    @Test
    void tellsFilesByTheirFirstBytesNotTheirName() {
        assertThat(FileSignatures.typeOf("%PDF-1.7 x".getBytes())).isEqualTo(FileSignatures.PDF);
        assertThat(FileSignatures.typeOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .isEqualTo(FileSignatures.PNG);
        assertThat(FileSignatures.typeOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo(FileSignatures.JPEG);
        assertThat(FileSignatures.typeOf(new byte[]{'P', 'K', 3, 4, 0})).isEqualTo(FileSignatures.ZIP);
        assertThat(FileSignatures.typeOf("<script>alert(1)</script>".getBytes())).isNull();
        assertThat(FileSignatures.typeOf(new byte[]{'%', 'P'})).isNull();
        assertThat(FileSignatures.typeOf(null)).isNull();
    }

    @Test
    void cleansPathsAndControlCharactersFromNames() {
        assertThat(FileSignatures.safeName("C:\\Users\\x\\resolución.pdf", "adjunto")).isEqualTo("resolución.pdf");
        assertThat(FileSignatures.safeName("../../etc/passwd", "adjunto")).isEqualTo("passwd");
        assertThat(FileSignatures.safeName("a\"b\r\n.pdf", "adjunto")).isEqualTo("a_b__.pdf");
        assertThat(FileSignatures.safeName("..", "adjunto")).isEqualTo("adjunto");
        assertThat(FileSignatures.safeName(null, "protocolo")).isEqualTo("protocolo");
    }
}
